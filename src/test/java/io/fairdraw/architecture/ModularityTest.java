package io.fairdraw.architecture;

import io.fairdraw.FairdrawApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(FairdrawApplication.class);

    @Test
    @DisplayName("模块边界：只经由各模块根包（API）相互调用，无循环依赖")
    void verifiesModuleBoundaries() {
        MODULES.verify();
    }

    @Test
    @DisplayName("生成模块文档（target/spring-modulith-docs）")
    void writesDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
