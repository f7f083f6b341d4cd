package app.symetrie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.Label;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.SpringAsmInfo;
import org.springframework.asm.Type;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every enum shown to people has a label for each of its constants, in both languages — found in the code, not in a
 * hand-kept list. The code turns an enum into a text by building a key from a constant, in one of three ways:
 * {@code "training.level." + level} (or {@code + level.name()}, or with a suffix: {@code "ambassador.badge." + b +
 * ".how"}), {@code "import.encoding." + e.name().toLowerCase(Locale.ROOT)}, and {@code "notification.kind." +
 * name().toLowerCase(Locale.ROOT).replace('_', '-')}. This test reads the compiled classes of {@code app.symetrie}
 * and finds each such concatenation with the enum type it is built from (javac's {@code makeConcatWithConstants}
 * names the argument's type; a {@code name()} call names its enum), so a constant added to any enum that is shown,
 * or an enum newly shown, fails here until both languages label it.
 */
class EnumLabelsTest {

    /** What a key built at run time looks like before its constant: {@code word.word.} */
    private static final Pattern KEY_PREFIX = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*\\.");
    private static final Pattern KEY_SUFFIX = Pattern.compile("(\\.[a-z0-9-]+)*");
    private static final Pattern LABEL = Pattern.compile("^(.+)\\.([A-Z][A-Z0-9_]*)$");

    /** Labels meant for some constants only, and why: these prefixes are checked against their own list. */
    private static final Map<String, Set<String>> PARTIAL = Map.of(
            // an administrator grants and revokes LEAD and ADMIN; the other roles follow the organization
            "access.grant", Set.of("LEAD", "ADMIN"),
            "access.revoke", Set.of("LEAD", "ADMIN"));

    /** A key the code builds from an enum: prefix + transformed constant + suffix. */
    record BuiltKey(String prefix, Class<?> type, String transform, String suffix, String where) {

        String key(Enum<?> constant) {
            String name = constant.name();
            if (transform.contains("lower")) {
                name = name.toLowerCase(Locale.ROOT);
            }
            if (transform.contains("_-")) {
                name = name.replace('_', '-');
            }
            return prefix + name + suffix;
        }
    }

    @Test
    void every_constant_of_every_enum_the_code_turns_into_a_text_has_a_label_in_both_languages() throws Exception {
        Properties en = I18nKeysTest.load("translations.properties");
        Properties fr = I18nKeysTest.load("translations_fr.properties");
        List<BuiltKey> built = builtKeys();
        Map<String, String> found = new TreeMap<>();
        built.forEach(k -> found.put(k.prefix() + "…" + k.suffix(), k.type().getSimpleName()));
        // the scan sees the three ways of building a key, in views, services and the enums themselves
        assertThat(found).as("keys built from enums, found in the compiled code")
                .containsEntry("training.level.…", "CourseLevel")
                .containsEntry("ambassador.badge.….how", "Badge")
                .containsEntry("department.kind.…", "DepartmentKind")
                .containsEntry("import.encoding.…", "ImportEncoding")
                .containsEntry("notification.kind.…", "NotificationKind")
                .containsEntry("export.…", "Format")
                .hasSizeGreaterThan(15);

        List<String> missing = new ArrayList<>();
        for (BuiltKey k : built) {
            for (Object constant : k.type().getEnumConstants()) {
                String key = k.key((Enum<?>) constant);
                if (isBlank(en, key) || isBlank(fr, key)) {
                    missing.add(key + (isBlank(en, key) ? " (English)" : "") + (isBlank(fr, key) ? " (French)" : "")
                            + " for " + k.type().getSimpleName() + "." + constant + ", built in " + k.where());
                }
            }
        }
        assertThat(missing).as("labels missing for enum constants the code shows").isEmpty();
    }

    @Test
    void every_enum_with_labels_in_the_translations_has_them_for_all_its_constants() throws Exception {
        // The other direction, for a key built in a way the scan does not follow: labels "prefix.CONSTANT" in the
        // translations belong to the smallest enum holding all those constants; it must have one for each.
        Properties en = I18nKeysTest.load("translations.properties");
        Properties fr = I18nKeysTest.load("translations_fr.properties");
        Map<String, Set<String>> labelled = new HashMap<>();
        for (String key : en.stringPropertyNames()) {
            Matcher m = LABEL.matcher(key);
            if (m.matches()) {
                labelled.computeIfAbsent(m.group(1), p -> new TreeSet<>()).add(m.group(2));
            }
        }
        List<Class<?>> enums = new ArrayList<>(scan().enums().values());
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
                if (isBlank(en, key) || isBlank(fr, key)) {
                    missing.add(key + " (" + owner.getSimpleName() + ")");
                }
            }
        }
        assertThat(checked).as("enums with labels").isGreaterThan(5);
        assertThat(missing).as("labels missing for enum constants").isEmpty();
    }

    private static boolean isBlank(Properties texts, String key) {
        String text = texts.getProperty(key);
        return text == null || text.isBlank();
    }

    private static Set<String> constants(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.toSet());
    }

    static List<BuiltKey> builtKeys() throws IOException {
        return scan().keys();
    }

    record Scan(Map<String, Class<?>> enums, List<BuiltKey> keys) {
    }

    private static Scan scan() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        // the application's classes only: a test building keys from enums is not the application showing them
        Resource[] classes = Arrays.stream(resolver.getResources("classpath*:app/symetrie/**/*.class"))
                .filter(r -> !r.getDescription().contains("test-classes")).toArray(Resource[]::new);
        Map<String, Class<?>> enums = new HashMap<>();
        for (Resource resource : classes) {
            try (InputStream in = resource.getInputStream()) {
                ClassReader reader = new ClassReader(in);
                if ("java/lang/Enum".equals(reader.getSuperName())) {
                    enums.put(reader.getClassName(), load(reader.getClassName()));
                }
            }
        }
        List<BuiltKey> keys = new ArrayList<>();
        for (Resource resource : classes) {
            try (InputStream in = resource.getInputStream()) {
                new ClassReader(in).accept(new KeyFinder(enums, keys), 0);
            }
        }
        return new Scan(enums, keys);
    }

    private static Class<?> load(String internalName) {
        try {
            return Class.forName(internalName.replace('/', '.'), false, EnumLabelsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Follows, within a method, an enum value to the string concatenation that makes it a key: javac passes an object
     * to {@code makeConcatWithConstants} through {@code String.valueOf}, so the enum is known from what put it on the
     * stack — a method or field of that type, a local variable of that type (its debug table), or {@code name()}.
     */
    private static final class KeyFinder extends ClassVisitor {

        private final Map<String, Class<?>> enums;
        private final List<BuiltKey> keys;
        private String owner = "";

        KeyFinder(Map<String, Class<?>> enums, List<BuiltKey> keys) {
            super(SpringAsmInfo.ASM_VERSION);
            this.enums = enums;
            this.keys = keys;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            owner = name.replace('/', '.');
        }

        private @Nullable Class<?> enumOf(String descriptor) {
            Type type = Type.getType(descriptor);
            return type.getSort() == Type.OBJECT ? enums.get(type.getInternalName()) : null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            String where = owner.substring(owner.lastIndexOf('.') + 1) + "." + name;
            return new MethodVisitor(SpringAsmInfo.ASM_VERSION) {
                /** An enum value, or a text made from its name, on top of the stack; or a local variable to look up. */
                private @Nullable Class<?> top;
                private String transform = "";
                private int localOnTop = -1;
                private int labels;
                private final Map<Label, Integer> order = new HashMap<>();
                private final List<Integer> ints = new ArrayList<>();
                private final Map<Integer, Object[]> texts = new HashMap<>();
                /** Keys built from a local variable: the variable, where it was read, and the key's parts. */
                private final List<Object[]> fromLocals = new ArrayList<>();
                private final List<Object[]> locals = new ArrayList<>();

                private void forget() {
                    top = null;
                    transform = "";
                    localOnTop = -1;
                    ints.clear();
                }

                private void push(@Nullable Class<?> type) {
                    forget();
                    top = type;
                }

                @Override
                public void visitLabel(Label label) {
                    order.put(label, labels++);
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String name, String descriptor,
                        boolean isInterface) {
                    boolean onText = top != null || localOnTop >= 0;
                    if (enums.containsKey(owner) && (name.equals("name") || name.equals("toString"))
                            && descriptor.equals("()Ljava/lang/String;")) {
                        push(enums.get(owner));
                    } else if (onText && owner.equals("java/lang/String") && name.equals("valueOf")
                            && descriptor.equals("(Ljava/lang/Object;)Ljava/lang/String;")) {
                        return; // the value's text: toString(), the constant's name
                    } else if (top != null && owner.equals("java/lang/String") && name.equals("toLowerCase")) {
                        transform += "lower ";
                    } else if (top != null && owner.equals("java/lang/String") && name.equals("replace")
                            && descriptor.equals("(CC)Ljava/lang/String;") && ints.size() >= 2) {
                        transform += (char) (int) ints.get(ints.size() - 2) + "" + (char) (int) ints.getLast() + " ";
                    } else {
                        push(enumOf(Type.getReturnType(descriptor).getDescriptor()));
                    }
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                    Class<?> type = enumOf(descriptor);
                    if (type != null && (opcode == Opcodes.GETFIELD || opcode == Opcodes.GETSTATIC)) {
                        push(type);
                    } // else: Locale.ROOT on its way to toLowerCase, say
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    if (opcode == Opcodes.CHECKCAST && enums.containsKey(type)) {
                        push(enums.get(type));
                    }
                }

                @Override
                public void visitIntInsn(int opcode, int operand) {
                    ints.add(operand);
                }

                @Override
                public void visitVarInsn(int opcode, int var) {
                    if (opcode == Opcodes.ASTORE) {
                        texts.put(var, top == null ? null : new Object[] {top, transform});
                        forget();
                    } else if (opcode == Opcodes.ALOAD) {
                        Object[] text = texts.get(var);
                        forget();
                        if (text != null) {
                            top = (Class<?>) text[0];
                            transform = (String) text[1];
                        } else {
                            localOnTop = var;
                        }
                    } else {
                        forget();
                    }
                }

                @Override
                public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap,
                        Object... arguments) {
                    if (name.equals("makeConcatWithConstants") && arguments.length > 0
                            && arguments[0] instanceof String recipe) {
                        Type[] types = Type.getArgumentTypes(descriptor);
                        int slot = recipe.indexOf('\u0001');
                        String prefix = slot < 0 ? "" : recipe.substring(0, slot);
                        String suffix = slot < 0 ? "" : recipe.substring(slot + 1);
                        if (types.length == 1 && slot >= 0 && suffix.indexOf('\u0001') < 0
                                && KEY_PREFIX.matcher(prefix).matches() && KEY_SUFFIX.matcher(suffix).matches()) {
                            Class<?> type = enumOf(types[0].getDescriptor());
                            if (type != null) {
                                keys.add(new BuiltKey(prefix, type, "", suffix, where));
                            } else if (top != null) {
                                keys.add(new BuiltKey(prefix, top, transform, suffix, where));
                            } else if (localOnTop >= 0) {
                                fromLocals.add(new Object[] {localOnTop, labels, prefix, suffix});
                            }
                        }
                    }
                    forget();
                }

                @Override
                public void visitLocalVariable(String name, String descriptor, String signature,
                        Label start, Label end, int index) {
                    locals.add(new Object[] {index, order.getOrDefault(start, 0), order.getOrDefault(end, labels),
                            descriptor});
                }

                @Override
                public void visitEnd() {
                    for (Object[] use : fromLocals) {
                        for (Object[] local : locals) {
                            Class<?> type = enumOf((String) local[3]);
                            if (type != null && local[0].equals(use[0]) && (int) local[1] <= (int) use[1]
                                    && (int) use[1] <= (int) local[2]) {
                                keys.add(new BuiltKey((String) use[2], type, "", (String) use[3], where));
                            }
                        }
                    }
                }
            };
        }
    }
}
