package dev.digestbot.summarize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences with OpenNLP's English sentence model, then mends the splits the
 * model gets wrong in news copy: after titles ("Gen.", "Sen."), after "a.m."/"p.m." followed by a
 * day or month, and after abbreviations followed by a lower-case word. Sentences never cross a
 * paragraph break. Thread-safe: the model is shared and each thread gets its own detector.
 */
public final class SentenceSplitter {
    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    /** Abbreviations that always precede a name, so never end a sentence. */
    private static final Set<String> TITLES = Set.of(
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Capt.", "Sgt.",
            "Maj.", "Adm.", "Cmdr.", "Rev.", "Supt.", "Insp.", "Det.", "Pres.", "Gens.", "Sens.", "Reps.", "Hon.",
            "Fr.", "Sr.", "St.", "Mt.", "Ft.", "Cpl.", "Pvt.", "Brig.", "Atty.", "Lieut.");

    /** Initials such as "B.B." or "J." before a surname; place abbreviations can end a sentence. */
    private static final Pattern INITIALS = Pattern.compile("^(?:\\p{Lu}\\.){1,3}$");

    private static final Set<String> PLACES = Set.of("U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "L.A.", "N.Y.");

    private static final Pattern CLOCK = Pattern.compile("(?i)(?:a\\.m\\.|p\\.m\\.)$");

    /** Words after "a.m."/"p.m." that continue the sentence rather than start a new one. */
    private static final Pattern AFTER_CLOCK = Pattern.compile(
            "^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
                    + "|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\."
                    + "|[ECMP][SD]?T|GMT|UTC|BST|CET|ET|PT)\\b");

    /** Ends with a short dotted token such as "U.S.", "Inc.", "No.", "etc.", "e.g.". */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\b\\p{L}{1,4}\\.|\\b(?:\\p{L}\\.){2,})$");

    private final SentenceModel model;
    private final ThreadLocal<SentenceDetectorME> detectors;

    public SentenceSplitter() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL + " is not on the class path");
            }
            model = new FastScannerModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP sentence model", e);
        }
        detectors = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
    }

    /**
     * The sentence model, but for its end-of-sentence scanner, which finds the same positions
     * without boxing each character; the context features and the maxent model are the model's own.
     */
    private static final class FastScannerModel extends SentenceModel {
        private final SentenceDetectorFactory factory;

        FastScannerModel(InputStream in) throws IOException {
            super(in);
            factory = new FastScannerFactory(super.getFactory());
        }

        @Override
        public SentenceDetectorFactory getFactory() {
            return factory == null ? super.getFactory() : factory; // null while the model is being read
        }
    }

    /** The model's own factory, but for the end-of-sentence scanner. */
    private static final class FastScannerFactory extends SentenceDetectorFactory {
        private final SentenceDetectorFactory own;
        private final SentenceEndScanner scanner;

        FastScannerFactory(SentenceDetectorFactory own) {
            super(own.getLanguageCode(), own.isUseTokenEnd(), own.getAbbreviationDictionary(), own.getEOSCharacters());
            this.own = own;
            this.scanner = new SentenceEndScanner(own.getEndOfSentenceScanner().getEOSCharacters());
        }

        @Override
        public EndOfSentenceScanner getEndOfSentenceScanner() {
            return scanner;
        }

        @Override
        public SDContextGenerator getSDContextGenerator() {
            return own.getSDContextGenerator();
        }
    }

    /** Splits {@code text} (paragraphs separated by blank lines) into sentences. */
    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int pos = 0;
        while (pos < text.length()) {
            int brk = text.indexOf("\n\n", pos);
            int end = brk < 0 ? text.length() : brk;
            if (end > pos) {
                splitParagraph(text, pos, end, paragraph, sentences);
                paragraph++;
            }
            pos = brk < 0 ? text.length() : brk + 2;
        }
        return sentences;
    }

    private void splitParagraph(String text, int from, int to, int paragraph, List<Sentence> out) {
        String chunk = text.substring(from, to);
        Span[] spans = detectors.get().sentPosDetect(chunk);
        int start = -1;
        int end = -1;
        for (Span span : spans) {
            if (start >= 0
                    && !continues(lastWord(chunk, start, end), chunk.substring(span.getStart(), span.getEnd()))) {
                add(text, from + start, from + end, paragraph, out);
                start = -1;
            }
            if (start < 0) {
                start = span.getStart();
            }
            end = span.getEnd();
        }
        if (start >= 0) {
            add(text, from + start, from + end, paragraph, out);
        }
    }

    /** The last space-separated word of {@code chunk[start..end)}. */
    private static String lastWord(String chunk, int start, int end) {
        int space = chunk.lastIndexOf(' ', end - 1);
        return chunk.substring(space >= start ? space + 1 : start, end);
    }

    /**
     * Whether {@code next} belongs to the same sentence as the one whose last word is {@code
     * lastWord}: a wrong split. Each pattern runs only where a cheap test of a character or two
     * says it may match, as this is asked at every split of every article.
     */
    static boolean continues(String lastWord, String next) {
        if (next.isEmpty()) {
            return true;
        }
        char first = next.charAt(0);
        if (!Character.isLetterOrDigit(first) && next.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return true; // a stray closing quote or bracket
        }
        if (TITLES.contains(lastWord)) {
            return true;
        }
        if (Character.isUpperCase(first)
                && mayBeInitials(lastWord)
                && INITIALS.matcher(lastWord).matches()
                && !PLACES.contains(lastWord)) {
            return true;
        }
        if (mayEndWithClock(lastWord) && CLOCK.matcher(lastWord).find()) {
            return Character.isLowerCase(first)
                    || Character.isDigit(first)
                    || AFTER_CLOCK.matcher(next).find();
        }
        if (startsLowerCase(next)) {
            return true; // news copy never opens a sentence in lower case: "?" he asked.
        }
        return Character.isDigit(first) && ABBREVIATION.matcher(lastWord).find();
    }

    /** False where {@link #INITIALS} cannot match: it wants a dot right after the first letter. */
    private static boolean mayBeInitials(String word) {
        return word.length() >= 2
                && word.length() <= 9
                && (word.charAt(1) == '.' || Character.isHighSurrogate(word.charAt(0)));
    }

    /** False where {@link #CLOCK} cannot match: it wants ".m." or ".M." in the word. */
    private static boolean mayEndWithClock(String word) {
        return word.contains(".m.") || word.contains(".M.");
    }

    /** Lower-case first letter, not counting names such as "iPhone" or "eBay". */
    private static boolean startsLowerCase(String text) {
        return Character.isLowerCase(text.charAt(0)) && !(text.length() > 1 && Character.isUpperCase(text.charAt(1)));
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        out.add(new Sentence(out.size(), paragraph, start, end, text.substring(start, end)));
    }
}
