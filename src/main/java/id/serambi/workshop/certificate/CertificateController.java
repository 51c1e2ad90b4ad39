package id.serambi.workshop.certificate;

import id.serambi.account.Accounts;
import id.serambi.account.CurrentUser;
import id.serambi.account.User;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.web.ErrorPages;
import id.serambi.web.Pages;
import id.serambi.web.PublicAddress;
import id.serambi.web.Visitor;
import id.serambi.workshop.model.JoinCode;
import id.serambi.workshop.model.Participant;
import id.serambi.workshop.model.Roster;
import id.serambi.workshop.model.Workshop;
import id.serambi.workshop.store.SeatToken;
import id.serambi.workshop.store.WorkshopStore;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Certificates of participation as PDF downloads: a participant fetches their own with the seat
 * on their phone; the workshop's trainer (or an admin) fetches one or all, and the audit log notes
 * it, as a certificate carries a person's name. A request that earns nothing gets a page saying why.
 */
public final class CertificateController {
    private static final String STYLE = "/static/workshop.css";
    private final WorkshopStore store;
    private final Certificates certificates;
    private final CertificatePdf pdf;
    private final Function<Context, Workshop> mine;
    private final CurrentUser users;
    private final Accounts accounts;
    private final Pages pages;
    private final Messages messages;
    private final Clock clock;
    private final PublicAddress address;

    public CertificateController(WorkshopStore store, Certificates certificates, CertificatePdf pdf,
                                 Function<Context, Workshop> mine, CurrentUser users, Accounts accounts, Pages pages,
                                 Messages messages, PublicAddress address, Clock clock) {
        this.address = address;
        this.store = store;
        this.certificates = certificates;
        this.pdf = pdf;
        this.mine = mine;
        this.users = users;
        this.accounts = accounts;
        this.pages = pages;
        this.messages = messages;
        this.clock = clock;
    }

    /** {@code GET /ikut/{code}/sertifikat.pdf}: the certificate of the seat this phone holds. */
    public void participant(Context ctx) {
        Workshop w = JoinCode.parse(ctx.pathParam("code")).flatMap(store::findByCode)
                .orElseThrow(NotFoundResponse::new);
        String joinPage = "/ikut/" + w.code().orElseThrow().value();
        Optional<Participant> seat = store.seat(ctx.cookie(SeatToken.COOKIE), Visitor.of(ctx).learnerId(), Instant.now(clock))
                .filter(p -> p.workshop().equals(w.id()));
        if (seat.isEmpty()) {
            // 409 rather than 404: the product's 404 page would replace the way to join
            refuse(ctx, HttpStatus.CONFLICT, w, "certificate.none.seat", joinPage);
        } else if (w.quizzes().postTest().isEmpty()) {
            refuse(ctx, HttpStatus.CONFLICT, w, "certificate.none.posttest", joinPage + "/tunggu");
        } else if (!certificates.earned(w, seat.get())) {
            refuse(ctx, HttpStatus.CONFLICT, w, "certificate.none.notyet", joinPage + "/tunggu");
        } else {
            send(ctx, List.of(certificate(ctx, w, seat.get())), seat.get().name());
        }
    }

    /** {@code GET /pelatihan/{id}/sertifikat.pdf}: every earned certificate, a page each in joining order. */
    public void all(Context ctx) {
        Workshop w = mine.apply(ctx);
        String back = "/pelatihan/" + w.id();
        if (w.quizzes().postTest().isEmpty()) {
            refuse(ctx, HttpStatus.CONFLICT, w, "certificate.none.posttest", back);
            return;
        }
        List<Roster.Entry> eligible = certificates.eligible(w);
        if (eligible.isEmpty()) {
            refuse(ctx, HttpStatus.CONFLICT, w, "certificate.none.nobody", back);
            return;
        }
        accounts.record(user(ctx), "certificate.download", w.title(), w.id() + " (" + eligible.size() + ")");
        send(ctx, eligible.stream().map(e -> certificate(ctx, w, e.participant())).toList(), w.title());
    }

    /** {@code GET /pelatihan/{id}/peserta/{pid}/sertifikat.pdf}: one participant's certificate. */
    public void one(Context ctx) {
        Workshop w = mine.apply(ctx);
        Participant p = store.roster(w.id()).entries().stream().map(Roster.Entry::participant)
                .filter(e -> e.id().equals(ctx.pathParam("pid"))).findFirst()
                .orElseThrow(NotFoundResponse::new);
        if (!certificates.earned(w, p)) {
            refuse(ctx, HttpStatus.CONFLICT, w, w.quizzes().postTest().isEmpty() ? "certificate.none.posttest"
                    : "certificate.none.participant", "/pelatihan/" + w.id());
            return;
        }
        accounts.record(user(ctx), "certificate.download", w.title() + ": " + p.name(), w.id() + "/" + p.id());
        send(ctx, List.of(certificate(ctx, w, p)), p.name());
    }

    /**
     * {@code GET /sertifikat/{nomor}}: whether a certificate with this number was given, and to whom,
     * for anyone holding the paper (an employer, an office); a number nobody holds answers 404.
     */
    public void verify(Context ctx) {
        String typed = ctx.pathParam("nomor");
        Optional<Certificates.Issued> issued = certificates.verify(typed);
        Lang lang = Visitor.of(ctx).lang();
        Map<String, Object> model = new HashMap<>();
        model.put("typed", typed);
        model.put("pageStyle", STYLE);
        issued.ifPresent(i -> {
            Workshop w = i.workshop();
            model.put("number", i.number());
            model.put("name", i.participant().name());
            model.put("workshopTitle", w.title());
            model.put("where", messages.get(lang, "certificate.pdf.where",
                    Certificate.kelurahanName(w.kelurahan()), w.place()));
            model.put("date", lang.date(w.date()));
            model.put("trainer", trainerOf(w));
        });
        if (issued.isEmpty()) {
            ErrorPages.ownPage(ctx);
            ctx.status(HttpStatus.NOT_FOUND);
        }
        ctx.header("Cache-Control", "no-store");
        pages.render(ctx, "workshop/certificate/verify", model);
    }

    private Certificate certificate(Context ctx, Workshop w, Participant p) {
        String number = certificates.number(p);
        return Certificate.of(w, p, trainerOf(w), number, address.forRequest(ctx).origin() + "/sertifikat/" + number);
    }

    private String trainerOf(Workshop w) {
        return accounts.username(w.owner()).orElse("");
    }

    private User user(Context ctx) {
        return users.user(ctx).orElseThrow();
    }

    private void send(Context ctx, List<Certificate> printed, String nameForFile) {
        byte[] body = pdf.render(printed, Visitor.of(ctx).lang());
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "attachment; filename=\"" + FileNames.certificate(nameForFile) + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.result(body);
    }

    private void refuse(Context ctx, HttpStatus status, Workshop w, String key, String back) {
        Lang lang = Visitor.of(ctx).lang();
        Map<String, Object> model = new HashMap<>();
        model.put("workshopTitle", w.title());
        model.put("message", messages.get(lang, key, w.title()));
        model.put("back", back);
        model.put("pageStyle", STYLE);
        ctx.status(status);
        pages.render(ctx, "workshop/certificate/certificate", model);
        ctx.header("Cache-Control", "no-store");
    }
}
