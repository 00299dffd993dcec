package dev.digestbot.cli;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A GreenMail SMTP server for {@code bench/email.sh} to run {@code digestbot bench email} against:
 * {@code EmailBenchServer PORT} listens on 127.0.0.1:PORT until killed, printing "ready" once it
 * takes connections. Like the bot, it names Jakarta Mail's stream provider rather than have the
 * API look it up on every part it parses, which otherwise takes GreenMail about half its time.
 */
public final class EmailBenchServer {
    private EmailBenchServer() {}

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        GreenMail greenMail = new GreenMail(new ServerSetup(Integer.parseInt(args[0]), "127.0.0.1", "smtp"));
        greenMail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
        System.out.println("ready");
        System.out.flush();
        Thread.currentThread().join();
    }
}
