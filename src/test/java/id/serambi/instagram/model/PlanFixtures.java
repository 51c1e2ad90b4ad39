package id.serambi.instagram.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plans worked out by hand: one that keeps every rule, and small changes to it. */
public final class PlanFixtures {
    /** A Monday. */
    public static final LocalDate START = LocalDate.of(2026, 3, 2);
    public static final String OFFICE = "0812-3456-7890";

    private PlanFixtures() {
    }

    public static Post post(String id, Kind kind, Placement placement, String date, String time, String caption) {
        return new Post(id, kind, placement, Optional.ofNullable(date).map(LocalDate::parse),
                Optional.ofNullable(time).map(LocalTime::parse), caption, List.of("kelurahanmadatte"), List.of(),
                Optional.of(kind.template()), false, "");
    }

    /**
     * Four weeks from 2 March 2026, a feed post in each, a Story, a citizen's post reposted with
     * credit, and the standard practice's comment (on the first feed post, 2 March 09:00, so at
     * 12:00) and DM (on the second, 5 March 10:00, so 6 March 06:00) answered within a day.
     */
    public static Plan good() {
        List<Post> posts = new ArrayList<>();
        posts.add(post("p1", Kind.PENGUMUMAN, Placement.FEED, "2026-03-02", "09:00",
                "Jam layanan kantor berubah selama Ramadan\nSenin sampai Kamis pukul 08.00 sampai 14.00."));
        posts.add(post("p2", Kind.INFOGRAFIS, Placement.FEED, "2026-03-05", "10:00",
                "Alur mengurus surat keterangan domisili\nBawa KTP dan KK asli ke loket pelayanan."));
        posts.add(post("p3", Kind.AKTIVITAS, Placement.FEED, "2026-03-10", "16:00",
                "Kerja bakti membersihkan saluran air di Lingkungan Madatte\nTerima kasih warga yang hadir."));
        Post repost = new Post("p4", Kind.PARTISIPASI, Placement.FEED, Optional.of(LocalDate.parse("2026-03-18")),
                Optional.of(LocalTime.parse("11:00")), "Kue tradisional buatan Ibu Ani dari Madatte\nRepost dari @warung.bu.ani",
                List.of("umkmmadatte"), List.of("warung.bu.ani"), Optional.of("templat:partisipasi"), true,
                "warung.bu.ani");
        posts.add(repost);
        posts.add(post("p5", Kind.UCAPAN, Placement.FEED, "2026-03-20", "07:00",
                "Selamat Hari Raya Idulfitri 1447 H\nMohon maaf lahir dan batin."));
        posts.add(post("p6", Kind.AKTIVITAS, Placement.STORY, "2026-03-24", "10:00",
                "Suasana pelayanan pagi ini di kantor kelurahan\nAntrean lancar."));
        posts.add(post("p7", Kind.PENGUMUMAN, Placement.FEED, "2026-03-26", "09:00",
                "Kantor tutup pada hari libur nasional 31 Maret\nLayanan kembali buka 1 April."));
        Profile profile = new Profile("Kelurahan Madatte", Profile.GOVERNMENT,
                "Jalan Mr. Muh. Yamin, Kelurahan Madatte, Kecamatan Polewali, 91315", OFFICE, "Tautan layanan: s.id/madatte");
        return new Plan("Rencana Maret", profile, START, 4, posts, Map.of(
                "k1", new Comment.Reply("Syaratnya KTP dan KK asli, Bu. Silakan datang ke loket.",
                        LocalDateTime.parse("2026-03-02T13:00")),
                "dm1", new Comment.Reply("Kantor buka Senin sampai Jumat, Bu. Sabtu tutup.",
                        LocalDateTime.parse("2026-03-06T08:00"))));
    }

    /** {@code plan} with the post of that id replaced. */
    public static Plan with(Plan plan, Post changed) {
        List<Post> posts = new ArrayList<>();
        for (Post p : plan.posts()) {
            posts.add(p.id().equals(changed.id()) ? changed : p);
        }
        return plan.withPosts(posts);
    }

    public static Post caption(Post p, String caption) {
        return new Post(p.id(), p.kind(), p.placement(), p.date(), p.time(), caption, p.hashtags(), p.mentions(),
                p.image(), p.repost(), p.credit());
    }
}
