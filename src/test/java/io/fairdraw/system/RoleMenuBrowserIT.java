package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.Browser;
import io.fairdraw.support.WebClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 在 Chromium 中以每个演示角色登录，看到该角色的菜单；密码错误时看到中文提示。 */
@AppIT
class RoleMenuBrowserIT {

    static final List<String> PLANNER_MENU = List.of("menu.dashboard", "menu.my_unit", "menu.catalog",
            "menu.registry", "menu.inspectors", "menu.plans", "menu.report", "menu.notifications", "menu.portal",
            "menu.password", "menu.inspection.follow_ups");
    static final Map<String, List<String>> EXPECTED = Map.of(
            "admin", List.of("menu.dashboard", "menu.catalog", "menu.registry", "menu.inspectors", "menu.credit.rules",
                    "menu.portal", "menu.admin.units", "menu.admin.accounts", "menu.admin.calendar", "menu.audit",
                    "menu.api_docs", "menu.password", "menu.admin.beacon_sources", "menu.admin.exchange",
                    "menu.admin.file_drops"),
            "auditor", List.of("menu.dashboard", "menu.catalog", "menu.registry", "menu.inspectors", "menu.plans",
                    "menu.report", "menu.credit.rules", "menu.portal", "menu.audit", "menu.api_docs", "menu.password"),
            "liaison.d01", List.of("menu.dashboard", "menu.my_unit", "menu.catalog", "menu.registry",
                    "menu.registry.imports", "menu.inspectors", "menu.notifications", "menu.inspection.accounts",
                    "menu.portal", "menu.password"),
            "planner.d01", PLANNER_MENU,
            "reviewer.d02", List.of("menu.dashboard", "menu.my_unit", "menu.catalog", "menu.registry",
                    "menu.inspectors", "menu.plans", "menu.report", "menu.notifications", "menu.inspection.review",
                    "menu.publication", "menu.portal", "menu.password", "menu.inspection.follow_ups"),
            "inspector.d01a", List.of("menu.dashboard", "menu.my_unit", "menu.catalog", "menu.registry",
                    "menu.notifications", "menu.inspection.visits", "menu.portal", "menu.password", "menu.inspection.follow_ups"));

    @LocalServerPort
    int port;

    @Test
    @DisplayName("每个演示角色登录后看到自己的菜单和单位")
    void eachRoleSeesItsMenu() {
        try (Browser b = Browser.open(port)) {
            for (var e : EXPECTED.entrySet()) {
                b.login(e.getKey(), WebClient.DEMO_PASSWORD);
                b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("fd-menu")));
                List<String> menu = b.driver().findElements(By.cssSelector("#fd-menu a")).stream()
                        .map(a -> a.getDomAttribute("data-menu")).toList();
                assertThat(menu).as(e.getKey()).containsExactlyElementsOf(e.getValue());
                assertThat(b.driver().findElement(By.tagName("h1")).getText()).isEqualTo("工作台");
                assertThat(b.driver().findElement(By.id("fd-unit")).getText()).isNotBlank();
                b.screenshot("menu-" + e.getKey());
                b.driver().findElement(By.id("fd-logout")).click();
                b.waitFor().until(d -> d.getCurrentUrl().contains("/login"));
            }
        }
    }

    @Test
    @DisplayName("密码错误时显示中文提示，用户名保留")
    void wrongPassword() {
        try (Browser b = Browser.open(port)) {
            b.go("/login");
            b.driver().findElement(By.id("username")).sendKeys("planner.d02");
            b.driver().findElement(By.id("password")).sendKeys("not-the-password");
            b.driver().findElement(By.id("login-submit")).click();
            WebElement error = b.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
            assertThat(error.getText()).contains("用户名或密码错误");
            assertThat(b.driver().findElement(By.id("username")).getDomProperty("value")).isEqualTo("planner.d02");
            b.screenshot("login-error");
        }
    }

    @Test
    @DisplayName("手机宽度（390×844）下菜单收起为按钮，点开可用")
    void phoneWidth() {
        try (Browser b = Browser.open(port, 390, 844)) {
            b.login("admin", WebClient.DEMO_PASSWORD);
            WebElement toggle = b.driver().findElement(By.cssSelector("[data-bs-target='#fd-sidebar']"));
            assertThat(toggle.isDisplayed()).isTrue();
            assertThat(b.driver().findElement(By.cssSelector("#fd-menu a[data-menu='menu.audit']")).isDisplayed()).isFalse();
            toggle.click();
            WebElement audit = b.waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#fd-menu a[data-menu='menu.audit']")));
            b.waitFor().until(d -> audit.getRect().getX() >= 0); // the off-canvas has slid in
            b.screenshot("phone-menu");
        }
    }
}
