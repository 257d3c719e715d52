package io.fairdraw.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;
import io.fairdraw.draw.protocol.engine.DrawEngine;

/** House style of DESIGN.md §6 as executable rules. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.fairdraw");

    @Test
    @DisplayName("控制器不公开（package-private）")
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notHaveModifier(JavaModifier.PUBLIC).allowEmptyShould(true).check(CLASSES);
    }

    @Test
    @DisplayName("仓储不公开（package-private）")
    void repositoriesArePackagePrivate() {
        classes().that().areAnnotatedWith(Repository.class).or().haveSimpleNameEndingWith("Repository")
                .should().notHaveModifier(JavaModifier.PUBLIC).allowEmptyShould(true).check(CLASSES);
    }

    @Test
    @DisplayName("抽取协议 draw.protocol 只依赖 JDK（无 Spring、无数据库）")
    void drawProtocolIsPlainJava() {
        classes().that().resideInAPackage("io.fairdraw.draw.protocol..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.fairdraw.draw.protocol..")
                .allowEmptyShould(true).check(CLASSES);
    }

    @Test
    @DisplayName("模块之间无循环依赖")
    void noCycles() {
        slices().matching("io.fairdraw.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    @DisplayName("业务模块不依赖 system 模块（system 是组装层）")
    void nothingDependsOnSystem() {
        noClasses().that().resideOutsideOfPackage("io.fairdraw.system..")
                .should().dependOnClassesThat().resideInAPackage("io.fairdraw.system..")
                .check(CLASSES);
    }

    @Test
    @DisplayName("抽取引擎只能通过接口 DrawEngine 使用；参考实现不依赖引擎")
    void drawEngineOnlyThroughItsSeam() {
        // Issue 22 item 2: the fast engine is reached only through DrawEngine (and DrawEngine.fast()),
        // so ReferenceEngine and everything else in draw.protocol stay readable without it.
        noClasses().that().resideOutsideOfPackage("io.fairdraw.draw.protocol.engine..")
                .should().dependOnClassesThat(resideInAPackage("io.fairdraw.draw.protocol.engine..")
                        .and(belongToAnyOf(DrawEngine.class).negate()))
                .check(CLASSES);
        // The seam's inputs are plain strings and arrays: the engine knows nothing of the protocol.
        noClasses().that().resideInAPackage("io.fairdraw.draw.protocol.engine..")
                .should().dependOnClassesThat().resideInAPackage("io.fairdraw.draw.protocol")
                .check(CLASSES);
    }
    // ---- issue 22 item 2: engines behind a seam (audit scan, registry import)

    /** The engine classes of {@code pkg}: everything there but the seams (and their nested types) and the references. */
    private static DescribedPredicate<JavaClass> engineOf(String pkg, String... seams) {
        return DescribedPredicate.describe("the engine in " + pkg + " (not " + String.join(", ", seams) + ")",
                c -> c.getPackageName().equals(pkg) && !c.getSimpleName().startsWith("Reference")
                        && !c.getSimpleName().equals("package-info")
                        && Arrays.stream(seams).noneMatch(seam -> c.getName().equals(pkg + "." + seam)
                                || c.getName().startsWith(pkg + "." + seam + "$")));
    }

    private static final String SCAN = "io.fairdraw.audit.scan";
    private static final String IMPORT = "io.fairdraw.registry.engine";

    @Test
    @DisplayName("审计扫描引擎只能经由接缝 EntryScan 使用")
    void auditScanEngineOnlyThroughItsSeam() {
        noClasses().that().resideOutsideOfPackage(SCAN).should().dependOnClassesThat(engineOf(SCAN, "EntryScan"))
                .check(CLASSES);
    }

    @Test
    @DisplayName("名录导入引擎只能经由接缝 KnownEntities、CodeSet 使用")
    void registryEngineOnlyThroughItsSeams() {
        noClasses().that().resideOutsideOfPackage(IMPORT)
                .should().dependOnClassesThat(engineOf(IMPORT, "KnownEntities", "CodeSet")).check(CLASSES);
    }

    @Test
    @DisplayName("参考实现不依赖引擎（审计扫描、名录导入）")
    void referencesDoNotDependOnTheirEngines() {
        noClasses().that().resideInAPackage(SCAN).and().haveSimpleNameStartingWith("Reference")
                .should().dependOnClassesThat(engineOf(SCAN, "EntryScan")).check(CLASSES);
        noClasses().that().resideInAPackage(IMPORT).and().haveSimpleNameStartingWith("Reference")
                .should().dependOnClassesThat(engineOf(IMPORT, "KnownEntities", "CodeSet")).check(CLASSES);
    }

    @Test
    @DisplayName("引擎类与参考实现都不公开：只能经由接缝的工厂方法得到")
    void enginesHaveReferencesAndArePackagePrivate() {
        classes().that(engineOf(SCAN, "EntryScan")).or(engineOf(IMPORT, "KnownEntities", "CodeSet"))
                .should().notHaveModifier(JavaModifier.PUBLIC).check(CLASSES);
        classes().that().resideInAnyPackage(SCAN, IMPORT).and().haveSimpleNameStartingWith("Reference")
                .should().notHaveModifier(JavaModifier.PUBLIC).check(CLASSES);
    }
}
