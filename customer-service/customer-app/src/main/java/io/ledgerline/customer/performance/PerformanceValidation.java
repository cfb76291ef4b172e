package io.ledgerline.customer.performance;

import io.ledgerline.customer.performance.CollectionTargetCommand.SetCollectionTarget;
import io.ledgerline.customer.performance.SalesTeamCommand.DefineSalesTeam;
import io.ledgerline.platform.web.problem.ProblemException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

/** Turns paths and requests into commands or refuses them with the offending field, before anything is stored. */
public final class PerformanceValidation {

    static final int MAX_ID = 100;
    static final int MAX_NAME = 200;
    static final int MAX_MEMBERS = 500;
    static final BigDecimal MAX_DSO = BigDecimal.valueOf(3650);
    private static final int RATIO_DECIMALS = 4;
    private static final int DSO_DECIMALS = 2;
    /** Team ids travel in paths and in aggregate ids: letters, digits, '.', '_' and '-'. */
    private static final Pattern TEAM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private PerformanceValidation() {
    }

    public static String teamId(String value) {
        String id = value == null ? "" : value.strip();
        if (id.isEmpty() || id.length() > MAX_ID || !TEAM_ID.matcher(id).matches()) {
            throw ProblemException.invalidParameter("teamId", "teamId must be 1 to " + MAX_ID
                    + " letters, digits, '.', '_' or '-', starting with a letter or digit, not '" + value + "'");
        }
        return id;
    }

    public static DefineSalesTeam defineTeam(String teamId, PerformanceRequests.TeamDefinition r) {
        if (r == null) {
            throw ProblemException.invalidField(null, "the body must be a team object with name and members");
        }
        String name = text("name", r.name(), MAX_NAME);
        if (r.members() == null) {
            throw ProblemException.invalidField("members", "members is required (an empty list leaves the team without members)");
        }
        if (r.members().size() > MAX_MEMBERS) {
            throw ProblemException.invalidField("members", "at most " + MAX_MEMBERS + " members");
        }
        List<String> members = new ArrayList<>();
        for (int i = 0; i < r.members().size(); i++) {
            members.add(ownerId("members[" + i + "]", r.members().get(i), false));
        }
        return new DefineSalesTeam(teamId, name, members);
    }

    public static TargetPeriod period(String value) {
        String label = value == null ? "" : value.strip();
        if (!TargetPeriod.isPeriod(label)) {
            throw ProblemException.invalidParameter("period",
                    "period must be a month (2026-11), a quarter (2026-Q4) or a year (2026), not '" + value + "'");
        }
        return new TargetPeriod(label);
    }

    public static TargetScope scope(String value) {
        return TargetScope.of(value == null ? null : value.strip()).orElseThrow(() -> ProblemException.invalidParameter("scope",
                "scope must be sales-owner or team, not '" + value + "'"));
    }

    /** The sales owner's or team's id from the path, by the rules of its scope. */
    public static String scopeId(TargetScope scope, String value) {
        return scope == TargetScope.TEAM ? teamIdAs("scopeId", value) : ownerId("scopeId", value, true);
    }

    public static SetCollectionTarget setTarget(TargetPeriod period, TargetScope scope, String scopeId,
                                                PerformanceRequests.TargetTerms r, String setBy) {
        if (r == null) {
            throw ProblemException.invalidField(null, "the body must be a target object with currency and collect");
        }
        Currency currency = currency(r.currency());
        BigDecimal collect = decimal("collect", r.collect(), true);
        if (collect.signum() <= 0) {
            throw ProblemException.invalidField("collect", "collect must be more than zero, got " + collect.toPlainString());
        }
        if (collect.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw ProblemException.invalidField("collect", "collect has more decimals than " + currency.getCurrencyCode()
                    + " allows (" + currency.getDefaultFractionDigits() + ")");
        }
        BigDecimal ratio = decimal("maxOverdueRatio", r.maxOverdueRatio(), false);
        if (ratio != null) {
            ratio = within("maxOverdueRatio", ratio, BigDecimal.ONE, RATIO_DECIMALS, "a fraction from 0 to 1");
        }
        BigDecimal dso = decimal("maxDso", r.maxDso(), false);
        if (dso != null) {
            dso = within("maxDso", dso, MAX_DSO, DSO_DECIMALS, "a number of days from 0 to " + MAX_DSO);
        }
        return new SetCollectionTarget(period, scope, scopeId, currency.getCurrencyCode(),
                collect.setScale(currency.getDefaultFractionDigits()), ratio, dso, setBy);
    }

    private static String teamIdAs(String field, String value) {
        try {
            return teamId(value);
        } catch (ProblemException e) {
            throw ProblemException.invalidParameter(field, e.getMessage().replaceFirst("^teamId", field));
        }
    }

    /** A sales owner id as customers' profiles hold it: up to 100 characters, never '/', which paths cannot carry. */
    private static String ownerId(String field, String value, boolean parameter) {
        String problem = value == null || value.isBlank() ? field + " must be a sales owner id"
                : value.strip().length() > MAX_ID ? field + " is longer than " + MAX_ID + " characters"
                : value.contains("/") ? field + " must not contain '/'" : null;
        if (problem == null) {
            return value.strip();
        }
        throw parameter ? ProblemException.invalidParameter(field, problem) : ProblemException.invalidField(field, problem);
    }

    private static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, field + " is required");
        }
        if (value.strip().length() > maxLength) {
            throw ProblemException.invalidField(field, field + " is longer than " + maxLength + " characters");
        }
        return value.strip();
    }

    private static Currency currency(String code) {
        String value = text("currency", code, 3);
        try {
            Currency currency = Currency.getInstance(value);
            if (currency.getDefaultFractionDigits() < 0) {
                throw ProblemException.invalidField("currency", value + " is not a currency money can be counted in");
            }
            return currency;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("currency", "unknown ISO 4217 currency '" + value + "'");
        }
    }

    private static BigDecimal decimal(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ProblemException.invalidField(field, field + " is required");
            }
            return null;
        }
        try {
            return new BigDecimal(text(field, value, 30));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, field + " must be a decimal string like \"150000.00\", got '" + value + "'");
        }
    }

    /** {@code value} from 0 to {@code max} with at most {@code decimals} decimals, without trailing zeros (0.150 is 0.15). */
    private static BigDecimal within(String field, BigDecimal value, BigDecimal max, int decimals, String what) {
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            throw ProblemException.invalidField(field, field + " must be " + what + ", got " + value.toPlainString());
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > decimals) {
            throw ProblemException.invalidField(field, field + " has more than " + decimals + " decimals: " + value.toPlainString());
        }
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
