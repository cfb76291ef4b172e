package io.ledgerline.customer.performance;

import io.ledgerline.customer.performance.SalesTeamCommand.DefineSalesTeam;
import io.ledgerline.customer.performance.SalesTeamView.Team;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;

/**
 * Defines sales teams, each in its own transaction together with the team's rows in {@link SalesTeamView}.
 * Keeps the rule that spans teams: a sales owner is in at most one team at a time, so a definition that
 * would take a member from another team is refused (redefine that team without them first).
 */
@ApplicationScoped
public class SalesTeams {

    private static final Logger LOG = Logger.getLogger(SalesTeams.class);

    @Inject
    CommandGateway commands;

    @Inject
    SalesTeamView views;

    @Inject
    AggregateLock lock;

    @Inject
    Clock clock;

    public List<Team> all() {
        return views.all();
    }

    public Team find(String teamId) {
        return views.find(teamId).orElseThrow(() -> notFound(teamId));
    }

    /** Defines or redefines a team; the same definition again records nothing and answers the team as it is. */
    public Outcome<Team> define(DefineSalesTeam command) {
        return QuarkusTransaction.requiringNew().call(() -> {
            lock.hold(command.aggregateId());
            boolean known = views.exists(command.teamId());
            Map<String, String> elsewhere = views.teamsOf(command.members()).entrySet().stream()
                    .filter(member -> !member.getValue().equals(command.teamId()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            if (!elsewhere.isEmpty()) {
                throw memberOfAnotherTeam(command.teamId(), String.join(", ", elsewhere.keySet()),
                        String.join(", ", elsewhere.values().stream().distinct().sorted().toList()));
            }
            if (Boolean.TRUE.equals(commands.sendAndWait(command))) {
                views.store(command, clock.instant());
                LOG.infof("Defined sales team %s (%s) with %d members", command.teamId(), command.name(),
                        command.members().size());
            }
            return new Outcome<>(!known, views.find(command.teamId()).orElseThrow());
        });
    }

    public static ProblemException notFound(String teamId) {
        return new ProblemException(Problem.of(404, "sales-team-not-found", "Not found",
                "no sales team " + teamId + " is defined", "teamId"));
    }

    static ProblemException memberOfAnotherTeam(String teamId, String owners, String otherTeams) {
        return ProblemException.conflict("sales-owner-in-another-team", "team " + teamId + " cannot take " + owners
                + ": a sales owner is in one team at a time and " + otherTeams
                + " has them; redefine it without them first", "members");
    }
}
