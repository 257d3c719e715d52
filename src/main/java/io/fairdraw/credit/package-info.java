/**
 * 信用监管（失信者一处违规、处处受限）：经审核的检查结果中的违法违规类别生成信用记录（何事、何时、哪个单位、哪个事项、
 * 严重程度），任何单位查看该主体时都能看到；按数据化的信用风险分类规则调整主体的风险等级（严重违法 → D，一般 → C …；
 * 连续两年无新记录 → 降一级），每次调整连同引起调整的记录写入日志与审计，并经名录库接口写回主体，
 * 使今后各单位的抽查名单把它放入更高比例的层级。{@code GET /api/v1/credit/{uscc}} 供其他系统查询。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Credit")
package io.fairdraw.credit;
