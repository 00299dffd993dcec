package dev.digestbot.cli;

import dev.digestbot.edition.TemplateException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Reports failures as one line on standard error: bad usage or a broken config or template exits 2, a
 * failure at run time exits 1.
 * The stack trace of an unexpected failure goes to the log, not to the user.
 */
final class OneLineErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
    static final int RUNTIME_FAILURE = 1;
    static final int BAD_USAGE = 2;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr()
                .println("digestbot: " + e.getMessage() + " (see '"
                        + cmd.getCommandSpec().qualifiedName() + " --help')");
        return BAD_USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        if (e instanceof UsageException || e instanceof TemplateException) {
            cmd.getErr().println("digestbot: " + e.getMessage());
            return BAD_USAGE;
        }
        org.slf4j.LoggerFactory.getLogger(OneLineErrors.class).debug("command failed", e);
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        cmd.getErr().println("digestbot: " + message.lines().findFirst().orElse(message));
        return RUNTIME_FAILURE;
    }
}
