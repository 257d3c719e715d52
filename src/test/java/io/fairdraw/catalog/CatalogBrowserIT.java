package io.fairdraw.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.Browser;
import io.fairdraw.support.WebClient;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 在 Chromium 中：联络员修订事项（填写生效日期和原因），看到新版本和版本历史；漏填原因时输入保留。 */
@AppIT
class CatalogBrowserIT {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("联络员修订抽查事项生成新版本，并在版本历史中看到旧版本")
    void liaisonRevisesItem() {
        try (Browser b = Browser.open(port)) {
            b.login("liaison.d01", WebClient.DEMO_PASSWORD);
            b.go("/catalog");
            b.driver().findElement(By.linkText("D01-KC-002")).click();
            b.waitFor().until(ExpectedConditions.elementToBeClickable(By.id("catalog-revise"))).click();
            WebElement basis = b.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("legalBasis")));
            basis.sendKeys("\n《矿山地质环境保护规定》第二十九条");
            b.driver().findElement(By.id("catalog-save")).click();
            // No reason: the form comes back with the message and the typed basis kept.
            WebElement reasonError = b.waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#reason + .invalid-feedback")));
            assertThat(reasonError.getText()).contains("请填写调整原因");
            assertThat(b.driver().findElement(By.id("legalBasis")).getDomProperty("value")).contains("第二十九条");
            b.driver().findElement(By.id("reason")).sendKeys("《矿山地质环境保护规定》修正");
            b.driver().findElement(By.id("catalog-save")).click();
            b.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("history-table")));
            assertThat(b.driver().findElement(By.id("v-reason")).getText()).isEqualTo("《矿山地质环境保护规定》修正");
            assertThat(b.driver().findElement(By.id("v-basis")).getText()).contains("第二十九条");
            List<String> history = b.driver().findElements(By.cssSelector("#history-table tbody tr")).stream()
                    .map(WebElement::getText).toList();
            assertThat(history).hasSize(2);
            assertThat(history.get(0)).startsWith("v2").contains("修正");
            assertThat(history.get(1)).startsWith("v1").contains("2020-11-03");
            b.screenshot("catalog-history");
            b.driver().findElements(By.cssSelector("#history-table tbody tr")).get(1)
                    .findElement(By.tagName("a")).click();
            WebElement basisV1 = b.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("v-basis")));
            assertThat(basisV1.getText()).doesNotContain("第二十九条");
            assertThat(b.driver().findElement(By.id("v-effective")).getText()).contains("2020-11-03");
        }
    }
}
