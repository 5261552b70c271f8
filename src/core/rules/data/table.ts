// Header words of flattened tables (D-45).

/** The header of the column that gives each row its unit. */
export const UNIT_COLUMN = '单位';
/** Header cells that continue the one before (比上年 / 增长(%)): the two name one column. */
export const CONTINUATION_HEADS = ['增长', '增减', '增速', '涨跌', '下降', '减少'];
/** Headers of unit-less columns whose cells are NUMBER (指数). */
export const INDEX_HEADERS = ['指数'];
/** Header words of a rate or a change: under a table's 单位 line such a column may be a percentage it does not state. */
export const RATE_HEADS = ['增长', '增减', '增速', '涨跌', '下降', '减少', '比上年', '比', '率', '幅'];
