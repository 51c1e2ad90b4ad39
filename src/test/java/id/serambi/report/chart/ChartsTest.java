package id.serambi.report.chart;

import id.serambi.i18n.Lang;
import id.serambi.report.stats.Fixtures;
import id.serambi.report.stats.QuizStats;
import id.serambi.report.stats.Skm;
import id.serambi.report.stats.SkmTest;
import id.serambi.report.summary.ChoiceSummary;
import id.serambi.report.summary.LikertSummary;
import id.serambi.report.summary.RatingSummary;
import id.serambi.report.summary.Summaries;
import id.serambi.report.summary.SummariesTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;

import static id.serambi.report.stats.Fixtures.attempt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartsTest {
    private static final Locale ID = Lang.ID.locale();
    private static final String NASTY = "<script>alert(1)</script> & \"kutip\" 'satu'\u0007";

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every chart: parses as XML, is an image named by its title, and has nothing a strict CSP blocks. */
    static Document checked(Chart chart, String title) throws Exception {
        Document doc = parse(chart.svg());
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("img", root.getAttribute("role"));
        assertEquals(title, root.getAttribute("aria-label"));
        assertEquals(title, doc.getElementsByTagName("title").item(0).getTextContent());
        assertEquals(1, doc.getElementsByTagName("desc").getLength());
        assertEquals(0, doc.getElementsByTagName("script").getLength());
        assertEquals(0, doc.getElementsByTagName("style").getLength());
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attributes = all.item(i).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                String name = attributes.item(a).getNodeName();
                assertFalse(name.equals("style") || name.startsWith("on") || name.contains("href"),
                        "attribute " + name + " in " + all.item(i).getNodeName());
            }
        }
        return doc;
    }

    static List<Element> elements(Document doc, String tag, String cssClass) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (Set.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
                out.add(e);
            }
        }
        return out;
    }

    static double attr(Element e, String name) {
        return Double.parseDouble(e.getAttribute(name));
    }

    @Test
    void histogram_columns_are_as_tall_as_their_share_of_the_busiest_band() throws Exception {
        // Scores 100, 75, 50, 50, 0: bands 0-9 (1), 50-59 (2), 70-79 (1), 90-100 (1).
        // The plot is 196 high (24 to 220): 2 attempts -> 196, 1 attempt -> 98.
        QuizStats stats = QuizStats.of(List.of(attempt("A", 1, 1, 1, 1), attempt("B", 1, 1, 1, 0),
                attempt("C", 1, 1, 0, 0), attempt("D", 1, 0, 0, 1), attempt("E", 0, 0, 0, 0)), 70, 10);
        Chart chart = ScoreHistogram.draw(new Chart.Words(NASTY, "Sebaran nilai", List.of("Nilai (%)", "Peserta")),
                stats, ID);
        Document doc = checked(chart, NASTY.replace("\u0007", ""));
        List<Element> bars = elements(doc, "rect", "bar");
        assertEquals(10, bars.size());
        assertEquals(98, attr(bars.get(0), "height"), 1e-9);
        assertEquals(196, attr(bars.get(5), "height"), 1e-9);
        assertEquals(0, attr(bars.get(6), "height"), 1e-9);
        assertTrue(chart.svg().contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;kutip&quot; &#39;satu&#39;"));
        assertEquals(List.of("Nilai (%)", "Peserta"), chart.table().header());
        assertEquals(List.of("0\u20139", "1"), chart.table().shown(ID).get(0));
        assertEquals(List.of("90\u2013100", "1"), chart.table().shown(ID).get(9));
    }

    @Test
    void bars_keep_the_summary_order_and_scale_to_the_most_chosen() throws Exception {
        ChoiceSummary s = (ChoiceSummary) Summaries.of(SummariesTest.FORM, List.of(
                Fixtures.response("r1", "layanan", Fixtures.chose("skck", "nikah")),
                Fixtures.response("r2", "layanan", Fixtures.chose("skck")),
                Fixtures.response("r3", "layanan", Fixtures.chose(List.of(), NASTY))), Set.of()).get(0);
        // n 3: skck 2 (66.7%), nikah 1 (33.3%), usaha 0, domisili 0, Lainnya 1 (33.3%).
        List<CountBars.Bar> bars = CountBars.of(s, Lang.ID, "Lainnya");
        assertEquals(List.of("Kelakuan baik", "Belum menikah", "Usaha", "Domisili", "Lainnya"),
                bars.stream().map(CountBars.Bar::label).toList());
        Chart chart = CountBars.draw(new Chart.Words("Layanan", "Layanan yang diminta",
                List.of("Layanan", "Jumlah", "Persen")), bars, ID);
        Document doc = checked(chart, "Layanan");
        List<Element> rects = elements(doc, "rect", "bar");
        // The longest bar is 250 wide (of a 340 wide drawing): 2 of 2 -> 250, 1 of 2 -> 125.
        assertEquals(250, attr(rects.get(0), "width"), 1e-9);
        assertEquals(125, attr(rects.get(1), "width"), 1e-9);
        assertEquals("0 0 340", doc.getDocumentElement().getAttribute("viewBox").substring(0, 7));
        assertEquals(List.of("Kelakuan baik", "2", "66,7"), chart.table().shown(ID).get(0));
        assertEquals(List.of("Kelakuan baik", "2", "66.7"), chart.table().shown(Locale.ENGLISH).get(0));
        assertEquals("Layanan", chart.table().caption());
    }

    @Test
    void a_rating_is_drawn_as_bars_in_value_order() throws Exception {
        // Ratings 5, 3, 5: counts 0 0 1 0 2 -> bars 1..5 in order, widths 0, 0, 125, 0, 250.
        RatingSummary s = (RatingSummary) Summaries.of(SummariesTest.FORM, List.of(
                Fixtures.response("r1", "bintang", Fixtures.scale(5)), Fixtures.response("r2", "bintang", Fixtures.scale(3)),
                Fixtures.response("r3", "bintang", Fixtures.scale(5))), Set.of()).get(3);
        Chart chart = CountBars.draw(new Chart.Words("Nilai", "Sebaran nilai bintang", List.of("Nilai", "Jumlah", "Persen")),
                CountBars.of(s), ID);
        List<Element> rects = elements(checked(chart, "Nilai"), "rect", "bar");
        assertEquals(List.of(0.0, 0.0, 125.0, 0.0, 250.0), rects.stream().map(r -> attr(r, "width")).toList());
        assertEquals(List.of("5", "2", "66,7"), chart.table().shown(ID).get(4));
    }

    @Test
    void likert_bars_diverge_from_the_middle_of_neutral() throws Exception {
        // Levels 5 4 3 2 4 (see SummariesTest): 0/20/20/40/20 percent, starting at -30, -30, -10, 10, 50.
        // 340 wide: 200 percent over 340 - 4 - 40 - 4 = 292 units, 1.46 per percent; the centre line at
        // x = 4 + 100 x 1.46 = 150. Level 2 from 150 - 30 x 1.46 = 106.2, width 20 x 1.46 = 29.2;
        // level 3 from 150 - 14.6 = 135.4, width 29.2; level 4 from 164.6, width 40 x 1.46 = 58.4.
        LikertSummary s = (LikertSummary) Summaries.of(SummariesTest.FORM, List.of(
                Fixtures.response("r1", "puas", Fixtures.scale(5)), Fixtures.response("r2", "puas", Fixtures.scale(4)),
                Fixtures.response("r3", "puas", Fixtures.scale(3)), Fixtures.response("r4", "puas", Fixtures.scale(2)),
                Fixtures.response("r5", "puas", Fixtures.scale(4))), Set.of()).get(1);
        List<String> levels = List.of("Sangat tidak setuju", "Tidak setuju", "Netral", "Setuju", "Sangat setuju");
        Chart chart = LikertChart.draw(new Chart.Words("Kepuasan", "Setuju ke kanan",
                List.of("Pernyataan", "n", "Setuju (%)")), levels, List.of(new LikertChart.Row("Materi jelas", s)), ID);
        Document doc = checked(chart, "Kepuasan");
        List<Element> segments = elements(doc, "rect", "seg");
        assertEquals(5, segments.size());
        assertEquals(106.2, attr(segments.get(1), "x"), 1e-9);
        assertEquals(29.2, attr(segments.get(1), "width"), 1e-9);
        assertEquals(135.4, attr(segments.get(2), "x"), 1e-9);
        assertEquals(164.6, attr(segments.get(3), "x"), 1e-9);
        assertEquals(58.4, attr(segments.get(3), "width"), 1e-9);
        assertEquals(150, attr(elements(doc, "line", "centre").get(0), "x1"), 1e-9);
        assertEquals(List.of("Pernyataan", "Sangat tidak setuju", "Tidak setuju", "Netral", "Setuju", "Sangat setuju",
                "n", "Setuju (%)"), chart.table().header());
        assertEquals(List.of("Materi jelas", "0", "1", "1", "2", "1", "5", "60,0"), chart.table().shown(ID).get(0));
    }

    @Test
    void likert_colours_mirror_each_other_around_neutral() {
        assertEquals(LikertChart.colour(1, 5), LikertChart.colour(1, 4));
        assertEquals("#d9d9d9", LikertChart.colour(3, 5));
        assertFalse(List.of(LikertChart.colour(1, 4), LikertChart.colour(2, 4)).contains(LikertChart.colour(3, 4)));
        assertEquals(LikertChart.colour(4, 4), LikertChart.colour(5, 5));
    }

    @Test
    void skm_columns_stand_at_each_nrr_with_the_ikm_line_across() throws Exception {
        // Worked example of SkmTest: NRR 3.50 3.25 3.00 ..., IKM 3.250. The plot runs from 224 (0) to
        // 40 (4), 46 per point: NRR 3.5 -> top at 224 - 161 = 63; IKM 3.25 -> y 224 - 149.5 = 74.5.
        Skm skm = Skm.of(SkmTest.SKM, List.of(SkmTest.scores("R1", 4, 4, 4, 4, 4, 4, 4, 4, 4),
                SkmTest.scores("R2", 3, 3, 3, 3, 3, 3, 3, 3, 3), SkmTest.scores("R3", 4, 3, 3, 3, 4, 2, 3, 3, 3),
                SkmTest.scores("R5", 3, 3, 2, 3, 3, 3, 4, 3, 2))).orElseThrow();
        List<String> names = List.of("Persyaratan", "Prosedur", "Waktu", "Biaya", "Produk", "Kompetensi", "Perilaku",
                "Pengaduan", "Sarana");
        Chart chart = SkmChart.draw(new Chart.Words("SKM", "NRR per unsur", List.of("Unsur", "NRR")), skm, names, "IKM", ID);
        Document doc = checked(chart, "SKM");
        List<Element> bars = elements(doc, "rect", "bar");
        assertEquals(9, bars.size());
        assertEquals(63, attr(bars.get(0), "y"), 1e-9);
        assertEquals(74.5, attr(elements(doc, "line", "ikm").get(0), "y1"), 1e-9);
        assertEquals("0 0 340 250", doc.getDocumentElement().getAttribute("viewBox"));
        assertEquals("IKM 3,25", elements(doc, "text", "ikm-label").get(0).getTextContent());
        assertEquals(List.of("U1 Persyaratan", "3,50"), chart.table().shown(ID).get(0));
        assertEquals(List.of("IKM", "3,250"), chart.table().shown(ID).get(9));
    }

    @Test
    void an_skm_without_complete_questionnaires_draws_empty_columns_and_no_line() throws Exception {
        Skm skm = Skm.of(SkmTest.SKM, List.of()).orElseThrow();
        Chart chart = SkmChart.draw(new Chart.Words("SKM", "Belum ada data", List.of("Unsur", "NRR")), skm,
                java.util.Collections.nCopies(9, "x"), "IKM", ID);
        Document doc = checked(chart, "SKM");
        assertTrue(elements(doc, "line", "ikm").isEmpty());
        assertEquals("\u2013", chart.table().shown(ID).get(9).get(1));
        assertFalse(chart.svg().contains("NaN"));
    }

    @Test
    void a_long_statement_wraps_onto_two_lines_above_its_bar_in_a_phone_wide_drawing() throws Exception {
        LikertSummary s = (LikertSummary) Summaries.of(SummariesTest.FORM, List.of(
                Fixtures.response("r1", "puas", Fixtures.scale(5))), Set.of()).get(1);
        String statement = "3. Materi pelatihan tentang layanan WhatsApp kelurahan mudah dipahami dan bisa langsung "
                + "saya pakai di kantor besok pagi";
        Chart chart = LikertChart.draw(new Chart.Words("Kepuasan", "Setuju ke kanan",
                        List.of("Pernyataan", "n", "Setuju (%)")),
                List.of("Sangat tidak setuju", "Tidak setuju", "Netral", "Setuju", "Sangat setuju"),
                List.of(new LikertChart.Row(statement, s)), ID);
        Document doc = checked(chart, "Kepuasan");
        assertTrue(doc.getDocumentElement().getAttribute("viewBox").startsWith("0 0 340 "));
        List<Element> labels = elements(doc, "text", "label");
        assertEquals(2, labels.size(), "two lines");
        assertEquals("3. Materi pelatihan tentang layanan WhatsApp", labels.get(0).getTextContent());
        assertTrue(labels.get(1).getTextContent().endsWith("\u2026"), labels.get(1).getTextContent());
        labels.forEach(l -> assertTrue(l.getTextContent().length() <= LikertChart.LABEL_CHARS, l.getTextContent()));
        // the whole statement stays in the table and the tooltips
        assertEquals(statement, chart.table().shown(ID).get(0).get(0));
    }

    @Test
    void wrapping_breaks_between_words() {
        assertEquals(List.of("satu dua", "tiga"), Svg.wrap("satu dua tiga", 8, 2));
        assertEquals(List.of("satu dua", "tiga em\u2026"), Svg.wrap("satu dua tiga empat lima", 8, 2));
        assertEquals(List.of("pendek"), Svg.wrap("pendek", 20, 2));
    }
}
