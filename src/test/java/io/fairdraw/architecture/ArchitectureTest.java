package io.fairdraw.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
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
}
