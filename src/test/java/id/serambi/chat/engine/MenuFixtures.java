package id.serambi.chat.engine;

import id.serambi.content.Text;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Menus for tests: Madatte's three-item menu as the report describes it, and a builder to vary it. */
public final class MenuFixtures {
    public static final String GREETING = "Selamat datang di layanan WhatsApp *Kelurahan Madatte*.\n"
            + "Ketik *Menu* untuk melihat pilihan layanan.\n\n"
            + "Jam pelayanan: Senin-Jumat pukul 08.00-16.00 WITA. Pertanyaan lain dibalas petugas kami.";
    static final String AWAY = "Saat ini di luar jam pelayanan. Petugas membalas pada jam pelayanan berikutnya.";
    public static final String ADDRESS = "Jalan Mr. Muh. Yamin, Kelurahan Madatte, Kecamatan Polewali, 91315";
    static final String FORM = "https://docs.google.com/forms/d/e/CONTOH/viewform";
    static final String INSTAGRAM = "https://instagram.com/kelurahan.madatte";

    private MenuFixtures() {
    }

    public static Menu madatteMenu() {
        return madatte().build();
    }

    public static Builder madatte() {
        return new Builder();
    }

    /** Monday to Friday, 08.00 to 16.00. */
    static WeekHours officeHours() {
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            days.put(d, List.of(new TimeRange(LocalTime.of(8, 0), LocalTime.of(16, 0))));
        }
        return new WeekHours(days);
    }

    public static MenuNode.Reply reply(String label, String shortcut, String text) {
        return new MenuNode.Reply(label, shortcut, Optional.empty(), text, Optional.empty());
    }

    public static MenuNode.Reply service(String label, String shortcut, Service service) {
        return new MenuNode.Reply(label, shortcut, Optional.empty(), "*" + label + "*", Optional.of(service));
    }

    public static Service fullService() {
        return new Service("KTP-el, KK, pengantar RT/RW", "Bawa ke loket", "1 hari kerja", "Gratis",
                "Surat keterangan", "Sampaikan kepada lurah");
    }

    public static MenuNode.HandOff handoff(String label, String shortcut) {
        return new MenuNode.HandOff(label, shortcut, Optional.empty(), "Mohon tunggu, petugas akan membalas.");
    }

    public static MenuNode.SubMenu sub(String label, String shortcut, String text, MenuNode... options) {
        return new MenuNode.SubMenu(label, shortcut, Optional.empty(), text, List.of(options), Optional.empty());
    }

    public static MenuNode.SubMenu withApi(MenuNode.SubMenu sub, Presentation api) {
        return new MenuNode.SubMenu(sub.label(), sub.shortcut(), sub.description(), sub.text(), sub.options(),
                Optional.of(api));
    }

    public static final class Builder {
        private String greeting = GREETING;
        private Optional<Away> away = Optional.of(new Away(AWAY, new Away.OutsideHours()));
        private WeekHours hours = officeHours();
        private String fallback = "Maaf, pesan Anda belum kami pahami.";
        private Optional<String> footer = Optional.of("Ketik *0* untuk kembali, atau *Menu* untuk menu utama.");
        private List<String> triggers = List.of("Menu");
        private Optional<String> prefill = Optional.empty();
        private String phone = "6282393498882";
        private Optional<String> address = Optional.of(ADDRESS);
        private Optional<String> description = Optional.of("Akun resmi Kelurahan Madatte.");
        private String rootText = "Silakan pilih layanan dengan mengetik angkanya:";
        private Optional<Presentation> rootApi = Optional.empty();
        private final List<MenuNode> options = new ArrayList<>(List.of(
                reply("Alamat kelurahan", "alamat", "*Alamat Kantor Kelurahan Madatte*\n" + ADDRESS),
                reply("Pelayanan administrasi", "layanan", "Silakan isi formulir berikut:\n" + FORM),
                reply("Akun sosial media kelurahan", "instagram", "Ikuti akun Instagram kami:\n" + INSTAGRAM)));
        private final List<Task> tasks = new ArrayList<>();

        public Builder greeting(String text) {
            greeting = text;
            return this;
        }

        public Builder away(Away.Schedule schedule) {
            away = Optional.of(new Away(AWAY, schedule));
            return this;
        }

        Builder noAway() {
            away = Optional.empty();
            return this;
        }

        public Builder hours(WeekHours h) {
            hours = h;
            return this;
        }

        Builder fallback(String text) {
            fallback = text;
            return this;
        }

        public Builder footer(String text) {
            footer = Optional.ofNullable(text);
            return this;
        }

        public Builder triggers(String... words) {
            triggers = Arrays.asList(words);
            return this;
        }

        public Builder prefill(String text) {
            prefill = Optional.of(text);
            return this;
        }

        public Builder phone(String number) {
            phone = number;
            return this;
        }

        public Builder address(String text) {
            address = Optional.of(text);
            return this;
        }

        public Builder description(String text) {
            description = Optional.of(text);
            return this;
        }

        public Builder rootText(String text) {
            rootText = text;
            return this;
        }

        public Builder rootApi(Presentation api) {
            rootApi = Optional.of(api);
            return this;
        }

        /** Replaces the options with these. */
        public Builder options(MenuNode... nodes) {
            options.clear();
            options.addAll(List.of(nodes));
            return this;
        }

        public Builder add(MenuNode node) {
            options.add(node);
            return this;
        }

        public Builder task(String id, int par, Integer... goal) {
            tasks.add(new Task(id, Text.of("Latihan " + id, "Task " + id), List.of(goal), par));
            return this;
        }

        public Menu build() {
            Profile profile = new Profile("Kelurahan Madatte", address, hours, phone, Optional.of("kelurahan.madatte"),
                    Optional.empty(), description);
            MenuNode.SubMenu root = new MenuNode.SubMenu("", "menu", Optional.empty(), rootText, options, rootApi);
            return new Menu("madatte", Text.of("Layanan WhatsApp Kelurahan Madatte", "Madatte WhatsApp service"),
                    profile, Menu.DEFAULT_ZONE, greeting, away, fallback, footer, triggers, prefill, root, tasks);
        }
    }
}
