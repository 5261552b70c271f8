// Header words of flattened tables (D-45).

/** The header of the column that gives each row its unit. */
export const UNIT_COLUMN = '单位';
/** Header cells that continue the one before (比上年 / 增长(%)): the two name one column. */
export const CONTINUATION_HEADS = ['增长', '增减', '增速', '涨跌', '下降', '减少'];
/** Whether a plain header is a stem that a continuation completes (比上年 / 增长(%), 比2023年, 较年初, 同比, 环比); any other plain name before 增长(%) is a column of its own (产量 / 增长(%)). */
export const isComparisonStem = (t: string) => t.startsWith('比') || t.startsWith('较') || t === '同比' || t === '环比';
/** Headers of unit-less columns whose cells are NUMBER (指数). */
export const INDEX_HEADERS = ['指数'];
/** Header words of a rate or a change: under a table's 单位 line such a column may be a percentage it does not state. */
export const RATE_HEADS = ['增长', '增减', '增速', '涨跌', '下降', '减少', '比上年', '比', '率', '幅', '为', '占', '完成', '进度'];
/** Header words of a count (项目数, 人数) or a per-head amount (人均): under a table's 单位 line such a column is not in its unit. */
export const COUNT_HEADS = ['项目数', '人数', '户数', '个数', '家数', '次数', '件数', '数量', '人均', '人次'];
/** Header words of a count, matched at the header's end (found by review: 企业数 and 机构数 under 单位：亿元 were amounts; 企业数字化, 县数字经济 are no counts, a later review). */
export const COUNT_HEAD_ENDS = ['企业数', '机构数', '床位数', '单位数', '学校数', '医院数', '网点数', '站点数', '园区数', '门店数', '村数', '县数', '场所数', '职工数', '从业人员',
  // (公务用车保有车辆数, 编制数, 出国团组数 under 单位：万元: a "three public expenses" table's counts, read as money; session 49's review)
  '车辆数', '编制数', '团组数'];
/** Header words of an amount: under a 单位 line only such a column takes the line's unit (预算数, 执行数, 金额, 1-6月执行, 年初预算). */
export const AMOUNT_HEADS = ['数', '额', '预算', '执行', '决算', '金', '收入', '支出', '合计', '小计', '总量', '总计', '本年', '上年', '资金'];
/** Header cells of a row-number column, anywhere in the header (序号 / 项目, 位次 / 城市): rows would read shifted, the table is not read. */
export const ROW_NUMBER_COLUMNS = ['序号', '位次', '编号', '排名'];
/** Header cells that may not follow the first one: a second label column (项目, 地区) or the numbering of rows and columns (行次, 栏次); the table is not read. */
export const LATER_LABEL_COLUMNS = ['行次', '栏次', '项目', '地区', '城市', '指标', '名称', '领域', '类别'];
/** Row labels of column numbers (栏次 / 1 / 2 / 3, 甲 / 乙): their row is no data. */
export const COLUMN_NUMBER_LABELS = new Set(['栏次', '行次', '甲', '乙', '丙', '栏', '行']);
