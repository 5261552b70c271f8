// Header words of flattened tables (D-45).

/** The header of the column that gives each row its unit. */
export const UNIT_COLUMN = '单位';
/** Header cells that continue the one before (比上年 / 增长(%)): the two name one column. */
export const CONTINUATION_HEADS = ['增长', '增减', '增速', '涨跌', '下降', '减少'];
/** The stems a continuation completes (比上年 / 增长(%)); any other plain name before 增长(%) is a column of its own (产量 / 增长(%)). */
export const COMPARISON_STEMS = ['比上年', '比上年同期', '同比', '比去年', '较上年', '比上年末', '比年初'];
/** Headers of unit-less columns whose cells are NUMBER (指数). */
export const INDEX_HEADERS = ['指数'];
/** Header words of a rate or a change: under a table's 单位 line such a column may be a percentage it does not state. */
export const RATE_HEADS = ['增长', '增减', '增速', '涨跌', '下降', '减少', '比上年', '比', '率', '幅', '为', '占'];
/** Header words of a count (项目数, 人数) or a per-head amount (人均): under a table's 单位 line such a column is not in its unit. */
export const COUNT_HEADS = ['项目数', '人数', '户数', '个数', '家数', '次数', '件数', '数量', '人均'];
