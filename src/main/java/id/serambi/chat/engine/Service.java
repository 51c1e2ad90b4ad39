package id.serambi.chat.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The six components of a public service standard that a citizen needs before coming to the
 * office (PermenPAN-RB 15/2014). An empty string is a component the author has not written yet,
 * which the checks report, rather than a loading error: a draft menu must still open.
 */
public record Service(String persyaratan, String prosedur, String waktu, String biaya, String produk,
                      String pengaduan) {

    /** The components in the order they are shown, with their YAML key and heading. */
    public enum Component {
        PERSYARATAN("persyaratan", "Persyaratan", Service::persyaratan),
        PROSEDUR("prosedur", "Prosedur", Service::prosedur),
        WAKTU("waktu", "Waktu penyelesaian", Service::waktu),
        BIAYA("biaya", "Biaya", Service::biaya),
        PRODUK("produk", "Produk layanan", Service::produk),
        PENGADUAN("pengaduan", "Pengaduan", Service::pengaduan);

        private final String key;
        private final String heading;
        private final Function<Service, String> value;

        Component(String key, String heading, Function<Service, String> value) {
            this.key = key;
            this.heading = heading;
            this.value = value;
        }

        public String key() {
            return key;
        }

        public String heading() {
            return heading;
        }

        public String of(Service service) {
            return value.apply(service);
        }
    }

    public List<Component> missing() {
        List<Component> missing = new ArrayList<>();
        for (Component c : Component.values()) {
            if (c.of(this).isBlank()) {
                missing.add(c);
            }
        }
        return missing;
    }
}
