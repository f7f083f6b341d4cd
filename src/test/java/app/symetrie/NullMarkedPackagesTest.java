package app.symetrie;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * NullAway checks only the packages marked {@code @NullMarked} (docs/decisions/034-null-safety-checked.md): a package
 * without the mark would compile unchecked, silently. This keeps every package of the application code marked.
 */
class NullMarkedPackagesTest {

    @Test
    void every_package_of_the_application_is_null_marked() {
        TreeSet<String> packages = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.symetrie").stream()
                .map(JavaClass::getPackageName)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> unmarked = packages.stream().filter(p -> !nullMarked(p)).toList();

        assertThat(packages).contains("app.symetrie", "app.symetrie.barometer", "app.symetrie.board.ui");
        assertThat(unmarked).as("packages whose package-info.java lacks @NullMarked").isEmpty();
    }

    private static boolean nullMarked(String packageName) {
        try {
            return Class.forName(packageName + ".package-info").isAnnotationPresent(NullMarked.class);
        } catch (ClassNotFoundException noPackageInfo) {
            return false;
        }
    }
}
