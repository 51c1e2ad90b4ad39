package id.serambi;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dependency rules of docs/ARCHITECTURE.md, checked on the compiled classes of src/main: the
 * pure cores use no web, database or template library; only the workshop and the app's wiring read
 * the reports; a sub-package's web classes are its own; the shared packages use no feature; and
 * no two packages depend on each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {
    /** Plain Java over records: each is unit-tested on its own. */
    static final String[] CORES = {"id.serambi.content", "id.serambi.i18n", "id.serambi.config",
            "id.serambi.chat.engine", "id.serambi.chat.menu", "id.serambi.quiz.model", "id.serambi.quiz.file",
            "id.serambi.quiz.gift", "id.serambi.quiz.grade", "id.serambi.report.table", "id.serambi.report.chart",
            "id.serambi.report.stats", "id.serambi.report.summary", "id.serambi.workshop.model",
            "id.serambi.inbox.model", "id.serambi.instagram.model", "id.serambi.instagram.image"};
    static final String[] FRAMEWORKS = {"io.javalin..", "jakarta.servlet..", "org.jdbi..", "org.thymeleaf.."};
    /** What every feature may use, and which use no feature. */
    static final String[] SHARED = {"id.serambi.content", "id.serambi.i18n", "id.serambi.config", "id.serambi.web",
            "id.serambi.db"};
    static final String[] FEATURES = {"account", "chat", "course", "demo", "quiz", "report", "workshop", "instagram"};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.serambi");

    @Test
    void the_cores_use_no_web_database_or_template_library() {
        noClasses().that().resideInAnyPackage(CORES).should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }

    @Test
    void only_the_workshop_and_the_app_wiring_read_the_reports() {
        noClasses().that().resideInAPackage("id.serambi..")
                .and().resideOutsideOfPackages("id.serambi", "id.serambi.report..", "id.serambi.workshop..")
                .should().dependOnClassesThat().resideInAPackage("id.serambi.report..").check(classes);
    }

    @Test
    void the_shared_packages_use_no_feature() {
        String[] features = new String[FEATURES.length + 1];
        for (int i = 0; i < FEATURES.length; i++) {
            features[i] = "id.serambi." + FEATURES[i] + "..";
        }
        features[FEATURES.length] = "id.serambi";
        noClasses().that().resideInAnyPackage(SHARED).should().dependOnClassesThat().resideInAnyPackage(features)
                .check(classes);
    }

    @Test
    void no_two_packages_depend_on_each_other() {
        slices().matching("id.serambi.(**)").should().beFreeOfCycles().check(classes);
    }

    /**
     * A web class (one that uses Javalin or the servlet API) in a feature's sub-package, such as
     * {@code quiz.take.QuizController}, is used only inside that sub-package, by the app's wiring
     * ({@code id.serambi}: App and the route table) and by its feature's wiring in the feature's
     * top package (such as {@code workshop.WorkshopWeb}).
     */
    @Test
    void a_sub_package_keeps_its_web_classes_to_itself() {
        List<String> wrong = new ArrayList<>();
        for (JavaClass web : classes.that(webClassInASubPackage())) {
            String own = web.getPackageName();
            String feature = own.substring(0, own.indexOf('.', "id.serambi.".length()));
            for (Dependency d : web.getDirectDependenciesToSelf()) {
                String from = d.getOriginClass().getPackageName();
                if (!from.equals(own) && !from.equals("id.serambi") && !from.equals(feature)) {
                    wrong.add(d.getOriginClass().getName() + " uses " + web.getName());
                }
            }
        }
        assertEquals(List.of(), new ArrayList<>(new TreeSet<>(wrong)));
    }

    @Test
    void the_rules_look_at_every_package_the_architecture_names() {
        Set<String> packages = new TreeSet<>();
        classes.forEach(c -> packages.add(c.getPackageName()));
        for (String p : CORES) {
            assertTrue(packages.contains(p), p + " has classes");
        }
        for (String p : SHARED) {
            assertTrue(packages.contains(p), p + " has classes");
        }
        assertTrue(classes.that(webClassInASubPackage()).size() > 20, "web classes are found in sub-packages");
    }

    private static DescribedPredicate<JavaClass> webClassInASubPackage() {
        return DescribedPredicate.describe("a web class in a feature's sub-package", c ->
                c.getPackageName().chars().filter(ch -> ch == '.').count() >= 3
                        && c.getDirectDependenciesFromSelf().stream().anyMatch(d -> {
                            String target = d.getTargetClass().getPackageName();
                            return target.startsWith("io.javalin") || target.startsWith("jakarta.servlet");
                        }));
    }
}
