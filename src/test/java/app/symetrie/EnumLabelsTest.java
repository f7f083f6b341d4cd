package app.symetrie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.util.ClassUtils;

/**
 * Every enum shown to people has a label for each of its constants, in both languages. An enum is "shown" when the
 * translations hold labels {@code prefix.CONSTANT} for it; the prefix is given to the enum whose constants it fits
 * most tightly. A constant added later without its labels fails here — no hand-kept list to forget.
 */
class EnumLabelsTest {

    private static final Pattern LABEL = Pattern.compile("^(.+)\\.([A-Z][A-Z0-9_]*)$");

    /** Labels meant for some constants only, and why: these prefixes are checked against their own list. */
    private static final Map<String, Set<String>> PARTIAL = Map.of(
            // an administrator grants and revokes LEAD and ADMIN; the other roles follow the organization
            "access.grant", Set.of("LEAD", "ADMIN"),
            "access.revoke", Set.of("LEAD", "ADMIN"));

    @Test
    void every_constant_of_an_enum_shown_to_people_has_a_label_in_both_languages() throws Exception {
        Properties en = I18nKeysTest.load("translations.properties");
        Properties fr = I18nKeysTest.load("translations_fr.properties");
        Map<String, Set<String>> labelled = new HashMap<>();
        for (String key : en.stringPropertyNames()) {
            Matcher m = LABEL.matcher(key);
            if (m.matches()) {
                labelled.computeIfAbsent(m.group(1), p -> new TreeSet<>()).add(m.group(2));
            }
        }
        List<Class<?>> enums = enums();
        assertThat(enums).as("the enums of the application are found").hasSizeGreaterThan(10);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (var prefix : labelled.entrySet()) {
            Class<?> owner = enums.stream()
                    .filter(e -> constants(e).containsAll(prefix.getValue()))
                    .min(Comparator.comparingInt(e -> constants(e).size())).orElse(null);
            if (owner == null) {
                continue;
            }
            checked++;
            for (String constant : PARTIAL.getOrDefault(prefix.getKey(), constants(owner))) {
                String key = prefix.getKey() + "." + constant;
                if (!en.containsKey(key) || !fr.containsKey(key)) {
                    missing.add(key + " (" + owner.getSimpleName() + ")");
                }
            }
        }
        assertThat(checked).as("enums with labels").isGreaterThan(5);
        assertThat(missing).as("labels missing for enum constants").isEmpty();
    }

    private static Set<String> constants(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.toSet());
    }

    private static List<Class<?>> enums() throws IOException, ClassNotFoundException {
        var resolver = new PathMatchingResourcePatternResolver();
        var readers = new CachingMetadataReaderFactory(resolver);
        List<Class<?>> found = new ArrayList<>();
        for (Resource resource : resolver.getResources("classpath*:app/symetrie/**/*.class")) {
            MetadataReader reader = readers.getMetadataReader(resource);
            if ("java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName())) {
                found.add(ClassUtils.forName(reader.getClassMetadata().getClassName(),
                        EnumLabelsTest.class.getClassLoader()));
            }
        }
        return found;
    }
}
