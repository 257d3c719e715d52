package io.fairdraw.inspector.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.inspector.InspectorStatus;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 个人信息脱敏与身份证号校验。 */
class PersonalDataTest {

    @Test
    @DisplayName("手机号保留前 3 后 4 位，身份证号保留前 4 后 4 位")
    void masks() {
        assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
        assertThat(PersonalData.maskIdNumber("650102199001011234")).isEqualTo("6501**********1234");
        assertThat(PersonalData.maskPhone("")).isEmpty();
        assertThat(PersonalData.maskPhone("1234")).isEqualTo("****");
    }

    @Test
    @DisplayName("身份证号校验码（GB 11643）：正确的通过，改一位或日期不存在的拒绝")
    void residentId() {
        assertThat(ResidentIdNumber.isValid("11010519491231002X")).isTrue();
        assertThat(ResidentIdNumber.isValid("110105194912310021")).isFalse();
        assertThat(ResidentIdNumber.isValid("11010519491331002X")).isFalse();
        assertThat(ResidentIdNumber.isValid("1101051949123100")).isFalse();
    }

    @Test
    @DisplayName("草稿逐项列出错误：编号、姓名、证号与有效期须成对、电话、身份证号")
    void draftProblems() {
        InspectorDraft d = new InspectorDraft("bad id", "", "D01", "XJ1", null, Set.of(), null, false, "abc",
                "110105194912310021");
        assertThat(d.problems()).extracting(e -> e.field() + ":" + e.messageKey()).containsExactly(
                "id:inspector.id.invalid", "name:inspector.name.required",
                "certificateExpiry:inspector.certificate_expiry.required", "status:inspector.status.required",
                "phone:inspector.phone.invalid", "idNumber:inspector.id_number.invalid");
        InspectorDraft ok = new InspectorDraft("XJ-1", "张三", "D01", "", null, Set.of(), InspectorStatus.ON_DUTY, false,
                "", "");
        assertThat(ok.problems()).isEmpty();
    }
}
