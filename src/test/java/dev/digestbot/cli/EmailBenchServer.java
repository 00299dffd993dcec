package dev.digestbot.cli;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A GreenMail SMTP server for {@code bench/email.sh} to run {@code digestbot bench email} against:
 * {@code EmailBenchServer PORT [one|per-recipient]} listens on 127.0.0.1:PORT until killed,
 * printing "ready" once it takes connections, and keeps every message it is sent.
 *
 * <p>Two settings keep GreenMail's own costs from hiding the bot's. Like the bot, it names Jakarta
 * Mail's stream provider rather than have the API look it up on every part it parses, which took
 * about half of GreenMail's time. And by default ({@code one}) it files every message in one
 * mailbox: GreenMail makes a mailbox per new recipient and finds a mailbox by comparing its name
 * with every other one's, so that with ten thousand readers it spent most of its time searching
 * its own folder list. {@code per-recipient} keeps GreenMail's own behaviour.
 */
public final class EmailBenchServer {
    private EmailBenchServer() {}

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        GreenMail greenMail = new GreenMail(new ServerSetup(Integer.parseInt(args[0]), "127.0.0.1", "smtp"));
        greenMail.start();
        if (args.length < 2 || args[1].equals("one")) {
            GreenMailUser everyone = greenMail.setUser("readers@bench.example", "readers");
            greenMail.getUserManager().setMessageDeliveryHandler((message, recipient) -> everyone);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
        System.out.println("ready");
        System.out.flush();
        Thread.currentThread().join();
    }
}
