package org.borderwatch.web;

import org.borderwatch.web.accountability.AccountabilityService;
import org.borderwatch.web.export.Exporter;
import org.borderwatch.web.query.ActorQueries;
import org.borderwatch.web.query.DashboardQueries;
import org.borderwatch.web.query.DocumentQueries;
import org.borderwatch.web.query.IncidentQueries;
import org.borderwatch.web.query.PlaceQueries;
import org.borderwatch.web.query.ReportQueries;
import org.borderwatch.web.query.StatementQueries;
import org.borderwatch.web.review.Regrouping;
import org.borderwatch.web.review.ReviewService;
import org.jdbi.v3.core.Jdbi;

/** What the handlers call: one instance of each service over the database. */
record Services(Jdbi jdbi, IncidentQueries incidents, ReportQueries reports, DocumentQueries documents,
                StatementQueries statements, ActorQueries actors, PlaceQueries places, AccountabilityService accountability,
                DashboardQueries dashboard, ReviewService review, Exporter exporter, Regrouping regrouping) {
    Services(Jdbi jdbi) {
        this(jdbi, new IncidentQueries(jdbi), new ReportQueries(jdbi), new DocumentQueries(jdbi),
                new StatementQueries(jdbi), new ActorQueries(jdbi), new PlaceQueries(jdbi), new AccountabilityService(jdbi),
                new DashboardQueries(jdbi), new ReviewService(jdbi), new Exporter(jdbi), new Regrouping(jdbi));
    }
}
