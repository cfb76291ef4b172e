package io.ledgerline.credit.simulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.credit.api.v1.ScorecardDefinition;
import io.ledgerline.credit.book.BookVersions;
import io.ledgerline.credit.book.BookVersions.Version;
import io.ledgerline.credit.book.Books;
import io.ledgerline.credit.simulation.Candidate.Choice;
import io.ledgerline.credit.simulation.SimulationResult.Candidates;
import io.ledgerline.credit.simulation.SimulationResult.Used;
import io.ledgerline.platform.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Runs what-if simulations: resolves the candidate against the published books, replays the recorded history under it
 * ({@link Replay}) and records the run ({@link SimulationRuns}). It sends no command and records no event: a simulation
 * changes no decision.
 */
@ApplicationScoped
public class PolicySimulations {

    private static final Logger LOG = Logger.getLogger(PolicySimulations.class);

    /** A run: its id and the result as JSON, as stored. */
    public record Run(UUID simulationId, String json) {
    }

    @Inject
    Books books;

    @Inject
    BookVersions versions;

    @Inject
    RecordedHistory history;

    @Inject
    SimulationRuns runs;

    @Inject
    ObjectMapper json;

    public Run simulate(SimulationRequest request, String requestedBy, LocalDate today) {
        SimulationValidation.candidate(request);
        Scope scope = SimulationValidation.scope(request);
        Candidate candidate = new Candidate(scorecard(request), policy(request));
        Map<Integer, CreditPolicyDefinition> policies = versions.all(Books.POLICIES, CreditPolicyDefinition.class).stream()
                .collect(Collectors.toMap(Version::version, Version::definition));
        Replay replay = new Replay(candidate, policies::get, scope);
        history.forEach(replay::accept);
        Replayed figures = replay.result();

        UUID id = UUID.randomUUID();
        SimulationResult result = new SimulationResult(id.toString(), requestedBy, today,
                new Candidates(used(candidate.scorecard(), ScorecardDefinition::name), used(candidate.policy(), CreditPolicyDefinition::name)),
                scope.from(), scope.to(), scope.customerIds() == null ? null : scope.customerIds().stream().sorted().toList(),
                figures);
        String body;
        try {
            body = json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write policy simulation " + id, e);
        }
        runs.store(id, requestedBy, today, body);
        Replayed.Figures t = figures.totals();
        LOG.infof("%s simulated scorecard %s / policy %s over %d assessments and %d credit checks of %d customers: %d approved orders "
                        + "would not be (%s avoided), %d held or rejected would be approved (%s added), %d customers would change grade "
                        + "(simulation %s)", requestedBy, describe(result.candidate().scorecard()), describe(result.candidate().policy()),
                figures.assessments().replayed(), t.checks(), t.customers(), t.ordersNoLongerApproved(), amounts(t.exposureAvoided()),
                t.ordersNewlyApproved(), amounts(t.exposureAdded()), figures.gradeChanges().size(), id);
        return new Run(id, body);
    }

    public Optional<String> find(UUID simulationId) {
        return runs.find(simulationId);
    }

    private Choice<ScorecardDefinition> scorecard(SimulationRequest r) {
        if (r.scorecard() != null) {
            return new Choice<>(null, r.scorecard());
        }
        if (r.scorecardVersion() == null) {
            return null;
        }
        return new Choice<>(r.scorecardVersion(), books.scorecard(r.scorecardVersion())
                .orElseThrow(() -> unknown("scorecardVersion", "scorecard", r.scorecardVersion())).definition());
    }

    private Choice<CreditPolicyDefinition> policy(SimulationRequest r) {
        if (r.policy() != null) {
            return new Choice<>(null, r.policy());
        }
        if (r.policyVersion() == null) {
            return null;
        }
        return new Choice<>(r.policyVersion(), books.policy(r.policyVersion())
                .orElseThrow(() -> unknown("policyVersion", "credit policy", r.policyVersion())).definition());
    }

    /** A version the request names but nobody published: the request is well formed, the candidate does not exist. */
    private static ProblemException unknown(String field, String book, int version) {
        return ProblemException.ruleViolated("unknown-" + book.replace(' ', '-') + "-version",
                "no " + book + " version " + version + " is published", field);
    }

    private static <T> Used used(Choice<T> choice, Function<T, String> name) {
        if (choice == null) {
            return new Used(SimulationResult.RECORDED, null, null, null);
        }
        return choice.version() == null ? new Used(SimulationResult.INLINE, null, name.apply(choice.definition()), choice.definition())
                : new Used(SimulationResult.PUBLISHED, choice.version(), name.apply(choice.definition()), null);
    }

    private static String describe(Used used) {
        return switch (used.source()) {
            case SimulationResult.RECORDED -> "as recorded";
            case SimulationResult.PUBLISHED -> "v" + used.version();
            default -> "inline '" + used.name() + "'";
        };
    }

    private static String amounts(List<Money> amounts) {
        return amounts.isEmpty() ? "nothing" : amounts.stream().map(m -> m.amount().toPlainString() + " " + m.currency())
                .collect(Collectors.joining(", "));
    }
}
