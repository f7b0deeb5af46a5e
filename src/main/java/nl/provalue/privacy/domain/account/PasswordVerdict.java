package nl.provalue.privacy.domain.account;

import java.util.List;
import java.util.Optional;

/**
 * The answer of {@link PasswordPolicy#check}: accepted, or the problems found, plus nbvcxz's own
 * hint in the reader's language (a warning such as "This is a very common password." and
 * suggestions) when its estimate was the reason. The hints are already translated; the problems
 * are for the web layer's bundles ({@code password.problem.<NAME>}).
 */
public final class PasswordVerdict {

    private final List<PasswordProblem> problems;
    private final String warning;
    private final List<String> suggestions;

    PasswordVerdict(List<PasswordProblem> problems, String warning, List<String> suggestions) {
        this.problems = List.copyOf(problems);
        this.warning = warning;
        this.suggestions = List.copyOf(suggestions);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    /** In the order of {@link PasswordProblem}; empty when accepted. */
    public List<PasswordProblem> problems() {
        return problems;
    }

    public boolean has(PasswordProblem problem) {
        return problems.contains(problem);
    }

    /** nbvcxz's warning, translated; empty when it had none or was not the reason. */
    public Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    /** nbvcxz's suggestions, translated; empty when accepted. */
    public List<String> suggestions() {
        return suggestions;
    }

    @Override
    public String toString() {
        // Never the password: verdicts may end up in logs.
        return accepted() ? "PasswordVerdict[accepted]" : "PasswordVerdict" + problems;
    }
}
