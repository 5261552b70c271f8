// Word lists the rule steps consult. Data only: no step logic here, so a list
// can grow without touching an engine file. Each list says what it is for.
import { WordSet } from '../../lexicon.js';

/** Before a number: a reference to a table or figure (附表3, 见图2). */
export const TABLE_REF = ['附件', '附表', '见表', '如表', '见图', '如图', '国道', '省道', '县道', '专栏']; // (专栏5列出: a plan's box; session 49's review, COUNT 5 列)
/** Before N强: the name of a ranking list (世界500强, D-29). */
export const LIST_NAMES = ['世界', '中国', '全国'];
/** After 百亿/万亿: a programme named by an amount (D-26). */
export const PROGRAMME = ['工程', '国债'];
/** Before 前N: a ranking is meant (全国前三). */
export const RANK_BEFORE = ['全国', '全省', '全市', '排名', '位居', '进入', '居', '位列', '跻身', '列', '行业', '同类', '中部'];
/** Before 后N位, 后N名 besides RANK_BEFORE: the last N of a ranking (排在后10名), no count. */
export const BOTTOM_BEFORE = ['排在', '处于', '落在', '滑落到', '跌至'];
/** Before N大: a congress is meant (党的二十大, 十九、二十大). */
export const CONGRESS_BEFORE = ['党的', '十', '、'];
/** Before N大: the Party, so N大 is its congress whatever N (党的十二大, 中共七大). */
export const PARTY_BEFORE = ['党的', '中共', '共产党'];
/** After N大: a counted noun, so N大 is a COUNT (三大产业), not a congress. */
export const DA_NOUNS = ['行动', '工程', '平台', '中心', '产业', '领域', '板块', '因素', '革命', '举措', '任务', '典型', '关口', '服务', '世界', '旅游', '提升', '重点',
  // (二十大景区, 十四大物流园区, 二十大民生实事: session 42's review, the congress; not 工作, 特色, 民生 alone: 服务保障二十大工作,
  // 喜迎二十大特色…, 十九大民生保障部署 are the congress's, the second review)
  // (not 企业, 品牌, 客户: 二十大企业家座谈会; the third review)
  '景区', '物流', '实事', '港口', '集群', '基地', '园区'];
/** Before N大: a scope or a verb of building, so the items are counted where a noun of DA_NOUNS or DA_SCOPE_NOUNS follows. */
export const DA_SCOPE_BEFORE = ['全省', '全市', '全区', '全县', '我省', '我市', '我区', '我县', '本市', '打造', '建设', '实施', '培育'];
/** After a scope and N大: nouns counted there only (全市二十大民生实事, 打造十九大特色产业集群). */
export const DA_SCOPE_NOUNS = ['民生', '特色', '重点', '项目', '城市', '市场', '工业', '农业', '文旅', '企业', '品牌', '客户'];
/** After N大 and a noun of DA_SCOPE_NOUNS: an event of the congress (全省二十大特色宣讲活动, …新闻发布会), no items counted. */
export const CONGRESS_EVENTS = ['宣讲', '发布会', '座谈会', '学习', '精神', '主题', '报告会', '研讨'];
/** After a duration: the name of a programme or plan (三年行动, 五年规划). */
// (三年攻坚战, 五年提升行动, 三年提升工程, 三年提质增效行动, 五年振兴计划: a review)
export const PROGRAMME_AFTER = ['行动', '攻坚行动', '规划', '立法规划', '发展规划', '行动计划', '计划', '倍增', '改革与脱困', '一贯制', '“',
  '攻坚战', '提升行动', '提升工程', '提质增效行动', '振兴计划', '振兴规划',
  '普法规划', '法治宣传教育规划', '改革纲要', '工作规划', '发展纲要', // (not 专项行动, a common noun: 开展三个月专项行动; the last five: session 39's reviews)
  '攻坚计划', '实施方案', '实施计划', '滚动计划', '攻坚方案', '工作方案', // (棚改三年攻坚计划, 五年实施方案: session 47's review)
  // (十二年农业发展纲要, 十二年科学技术发展远景规划, 十五年远景规划, 第八个五年法治宣传教育, 五年普法: plans named by their length;
  // session 49's reviews, DURATIONs)
  // (not 科学规划, 普法 alone: 经过三年科学规划和建设, 经过五年普法教育 are lengths; the hunt)
  '农业发展纲要', '科学技术发展远景规划', '科学技术发展规划', '农业科学技术发展规划', '远景规划', '法治宣传教育', '普法规划', '普法工作规划',
  '长远规划', '长期规划', // (制定十年长远规划: the 1975 report's; session 51's review, DURATION)
  '生态修复工程', '生态修复行动', '生态提升工程', '生态环境提升工程', // (实施三年生态修复工程: the judge)
  '大变样行动', '大变样工程']; // (通过五年大变样行动: the last hunt)
/** After N次: a meeting, so the session is an ordinal (五次会议). */
export const MEETING = ['会议', '全体会议', '常委会', '党代会', '代表大会', '全委', '职代会', '团代会', '理事会', '常务理事会', '会员代表大会', // (律协十届三次理事会: session 50's review, COUNT)
  '扩大会议', '(扩大)会议', '全体(扩大)会议', '全体扩大会议']; // (六届九次全体（扩大）会议, 七届三次扩大会议: session 49's review, COUNT 9 次) // (八届八次全委（扩大）会议, 十届三次职代会: session 45's closing review, COUNTs)
/** Before N次会议: a congress session (十四届人大二次会议). */
export const SESSION_BEFORE = ['届', '人大', '常委会', '届人大', '政协', '职代会'];
/** After N期: a project phase (三期工程). */
export const PHASE_AFTER = ['工程', '项目', '改扩建', '扩建']; // (二、三期扩建工程: a review)
/** Before N期: sessions of a course held, a count (举办三期学习班, D-32); shared by the unit step and the pause list's phases. */
export const HELD_BEFORE = ['举办', '开办', '举办了', '开办了', '办了', '共办', '共举办', '培训'];
/**
 * Before phases that counts them, one (开展三期培训) or a pause list's two (开展三、四期): a split, courses held, issues
 * published (分成三、四期, 举办三、四期, 出版十二期, 编发简报三十期). One list for both steps (session 39's review: the
 * unit step knew HELD_BEFORE only, and neither step the verbs with 了). Before 工程, 项目, 扩建 phases are ranks
 * whatever precedes (完成了三、四期工程建设).
 */
export const COUNTED_PHASES_BEFORE = [...HELD_BEFORE, '分', '分成', '分为', '划分为', '办', '培训了', '出版', '出版了', '发行', '发行了', '出刊', '编印', '编印了',
  '编发', '编发了', '印发', '印发了', '开展', '开展了', '组织', '组织了', '举行', '举行了', '召开', '召开了', '连续', '共',
  '简报', '刊物', '院刊', '会刊', '专刊', '快报', '内刊'];
/** After N轮: a land-contract round (二轮延包). */
export const ROUND_AFTER = ['延包', '土地承包', '承包', '承包期', '承包合同']; // (二轮承包剩余期限: session 50's review, COUNT)
/** After N日: a span of days, not a date (30日内). */
export const DAY_DURATION_AFTER = ['内', '以内', '之内', '后', '前', '以上', '以后'];
/** Separators of a list of numbers sharing the unit of the last one. */
export const LIST_SEPARATORS = new Set(['、', '和', '及', '与', '或', ',']);
/** Characters that end a sentence, before a list marker such as "17." */
export const SENTENCE_END = new Set(['.', '。', ':', ';', '!', '?', ')', '”']);
/** …unless the 比 belongs to one of these words. */
/** A time word after an amount: no noun it counts (现金2万后, 收受30万以后, 5万余后). */
export const TIME_AFTER_AMOUNT = ['后', '以后', '之后', '以前', '之前'];
export const NOT_RATIO_NAME = ['比上年', '同比', '环比', '相比', '比重', '比例', '占比', '比较', '对比',
  '普及率', '使用率', // (互联网普及率78.6, 网民使用率 2023.6: a rate in % without its sign, a date; session 49's review, RATIO 78.6)
  '比赛', '比武', '比选', '比拼']; // (比赛中以总成绩690.3环: a contest's, D-83; session 50's review, RATIO 690.3)
/** Before N个点: a change of a rate, in points (提高3个点, 回落2个点; 达标率提升3个点, session 41; 首付比例下调5个点, session 42). */
export const POINT_CHANGE_BEFORE = ['提高', '提升', '降低', '下降', '上升', '回落', '上涨', '下滑', '扩大', '缩小', '收窄', '回升', '拉动', '高出', '下调', '上调',
  '下浮', '上浮', '让利', // (下浮8个点, 让利3个点: a price's discount; session 48's review, COUNT 8 个)
  '跌', '涨', '反弹', '下挫', '上扬', '走高', '走低', '攀升']; // (上证综指下跌179个点, 大跌, 收涨: session 51's review, COUNT 179 个)
/** Right before a bare number after 比: a comparison (增速比全国高0.8, 比一季度提高0.3), the number a difference, no ratio. */
export const COMPARISON_BEFORE = ['高', '低', '快', '慢', '多', '少', '大', '小', '提高', '降低', '增加', '减少', '上升', '下降', '回落', '回升', '上涨', '下跌', '下滑', '攀升', '增长', '加快', '放缓', '扩大', '缩小', '收窄', '高出', '低于', '高于'];
/** Before a bare number: an index value (指数448). */
// (基尼系数为0.465: a coefficient is read as an index is, NUMBER; D-98, a review)
// (系数提高到0.625, 基尼系数降至0.41, 指数稳定在…: after a verb of change as after 为 or 达到; session 44's review: missed)
export const INDEX_BEFORE = ['指数', '指数达到', '指数为', '指数是', '系数', '系数为', '系数是', '系数达到',
  ...['提高到', '提高至', '提升到', '提升至', '上升到', '上升至', '升至', '下降到', '下降至', '降低到', '降低至', '降至', '降到', '稳定在', '保持在'].flatMap((v) => ['指数' + v, '系数' + v])];

/**
 * Words in which a Chinese numeral is not a number: the spec's fixed names,
 * slogans and article-like 一.
 */
// (同一乡镇, 同一县区: "the same"; session 49's review, COUNT 1 乡镇; not 同 alone, "with": 同一百多个国家, 合同一千多项)
export const CN_WORD_BLOCK = new WordSet(['同一乡镇', '同一县区', '同一省区市', '同一县市区', '同一区县', '同一市县', '同一地市', '同一省份', '同一单位',
  '三日疟', '四日疟', '七步洗手', '六步洗手', // (malaria species, the seven-step hand-washing method: session 49's review)
  '一些', '一批', '一系列', '一体', '一致', '一线', '一把手', '一般', '一律', '一切', '一直', '一样', '一流', '一贯',
  '一定', '一起', '一道', '一同', '一方面', '一次性', '一揽子', '一带一路', '一站式', '一条龙', '一张网', '一盘棋', '一件事',
  '一网', '一门', '一口', '一票否决', '一号', '一审', '二审', '三审', '一并', '一心', '一时', '一度', '一旦', '一经', '一连', '一如', '一举',
  '一手', '三农', '三公', '万一', '千万', '百姓', '千方百计', '千家万户', '百日', '百倍', '千兆', '万人起诉率', '五台', '三次产业', '三期叠加', '三期权益', // (the last two: session 39's review) // (五台拖拉机 counts: cn-words.ts's amountOverWord)
  '八项规定', '五篇大文章', '一刻钟', '三晋', '九州', '四海', '五湖', '一等', '二等', '三等', '十四五', '十三五', '十五五',
  '两级', '三级', '四级', '五级', '一级', '二级', '百优', '一号文件', '百家', '万家', '千村', '百县', '百校', '万企', '万村',
  // words that start before their numeral
  '进一步', '下一步', '每一步', '统一', '唯一', '逐一', '单一', '万众一心', '一年比一年', '亿万', '跨越千年', '千年', '百年变局', '百年未有',
  '百年奋斗目标', '一日游', '百强', '之一', '十万火急', '一而再', '再而三',
  // found by review (rule 0.2.18): vehicles, fixed names, and 二 before 处 and 类 (a count of two is 两处, 两类: 执行局二处, 二类地区)
  '两岸三地', '两代表一委员', '二处', '二类',
  // place names, fixed names and set phrases (found by review): 三元桥, 二十国集团 (G20), 一天比一天, 与前一年相比 (D-30)
  '三元桥', '三元里', '二十国集团', '七国集团', '八国集团', '八国联军', '一天比一天', '与前一年', '比前一年', '较前一年', '同前一年', '三八红旗手',
  // slogans of the Party and the state, written without quotation marks
  '三个代表', '四个意识', '四个自信', '两个维护', '两个确立', '四个全面', '五位一体', '四位一体', '三位一体', '两个一百年',
  '四人帮', '四方面军', // (a review: counts; not 四项基本原则, 四个现代化: the reports' gold counts 坚持了四项基本原则's 四项;
  // 四方面军民融合 counts: cn-words.ts's amountOverWord)
  '两个毫不动摇', '两个大局', '两个结合', '两个务必', '三个务必', '五个必须', '两个凡是', '两个基本点', '三步走', '三支一扶',
  '八项注意', '三大纪律', '约法三章', '二十四节气', '廿四节气', '十月革命', '三项制度改革',
  // idioms and set phrases with a numeral before a classifier
  '一成不变', '一天到晚', '有朝一日', '一年到头', '一年四季', '四季如春', '如一日', '一日千里', '一日之寒', '一年之计', '十年磨一剑',
  '三年五载', '三五成群', '三番五次', '三头六臂', '两条腿走路', '三头并进', '判若两人', '货比三家', '胡说八道', '五花八门', '说三道四',
  '十里八乡', '十年浩劫', '十年动乱', '四处奔波', '四处', '声四起', '烟四起', '火四起', '说一千道一万', '退一万步', '门前三包', '九天揽月', '上九天',
  '二人转', '十年树木', '一年半载', '十天半月', '十天半个月', '十天八天', '一日三餐', '一月比一月', '年更比一年', '年胜过一年', '年接着一年', '年接著一年', '一年更比', '一年胜过', '一年接着', '一年接著', '三天两头', '日复一日', '年复一年', '日甚一日', '三座大山', '八股', '二元', '东三省', '九万大山', '梅开二度', '城乡二元', '三元催化',
  // festivals and anniversaries named by their date
  '五一', '五四', '六一', '七一', '八一', '三八', '九一八', '七七事变', '五卅', '十一黄金周', '十一长假', '十一国庆',
  // place names that begin with a numeral and a classifier
  '六个核桃饮料', '六个核桃品牌', '六个核桃年', '六个核桃企业', '六个核桃集团', '六个核桃公司', '六个核桃销', '六个核桃生产', // (a brand, its product or seller named: session 42's reviews; 六个核桃树苗 counts)
  '三年大变样', '一分为二', '最后一百米', // (a slogan, an idiom, and 最后一公里's kin: session 42's reviews)
  '最多跑一次', '只跑一次', // (a reform's name, written without quotation marks as often as with: session 45's review, COUNT 1)
  '两高三部', // (the two high courts and three ministries, as 两高两部 and 两院一部 already: session 46's review, COUNT 三部)
  // (a plant and a bay named for 三门; the system 三包一奖; droughts' and harvests' set phrases; 二套 the second home, as 二处,
  // a count of two is 两套, but after a word of a limit or of owning it counts, cn-words.ts: session 47's reviews)
  '三门核电', '三门湾', '三包一奖', '三包服务', '十年九旱', '十年九涝', '三年两旱', '十年一大旱', '一年两熟', '一年三熟', '两年三熟', '一年两季', '二套', '两步申报', // (the customs' clearance mode, session 47)
  '上一篇', '下一篇', '上一条', '下一条', // (a web page's navigation, session 47's review: COUNT 1 篇)
  '最后一期', // (the last instalment, as 最后一年 (D-30): session 47's review, ORDINAL 1)
  '最近一期', '二季报', '三季报', '四季报', // (the latest one; quarterly reports: session 48's review, ORDINAL 1, COUNT 3 季)
  '一届任期', '同一届', '每一届', '一届接着一届', '接着一届', '一届又一届', '又一届', '十年如一日', // (within a term, the same term, term after term: session 47's review, ORDINAL 1)
  // (三门、海阳: the nuclear plant in a list; 两部制电价: a two-part tariff; 三桶油: the three oil companies; the October
  // Revolution, the 1967 slogan 三支两军 and 一天等于二十年: session 49's reviews, COUNTs, DATE --10, DURATIONs)
  // (三番两次, 千儿八百元, 万儿八千, 十年八年, 三年两年, 一天两天, 十个八个: idioms and doubled pairs, "about"; session 49's review
  // of court reports, COUNT 2 次, MONEY 800 元, two exact lengths)
  // (session 51's reviews: the policy 两基; admission batches 一本, 二本, 三本; crossbreeds, cropping systems and fertilizers in
  // 元; annual and perennial plants; ploidy and the gallnut; the green bean; places named 三家店, 三道河…; numbered canals)
  '二本以上上线', '三本以上上线', '二本及以上上线', '三本及以上上线', '二本以上院校', '本科二批', '本科一批', '本科三批', '四套班子', // (session 51's review of city reports)
  '商业一类', '商业二类', '商业一、二类', '商业二、三类', // (the state enterprises' categories: session 51's review, COUNTs)
  '两基攻坚', '两基人口', '两基目标', '两基验收', '两基工作', '两基达标', '两基任务', '两基的', '两基县', '两基成果', '两基国检', '一本上线', '二本上线', '三本上线', '一本批', '二本批', '三本批', '一本线', '二本线', '三本线', '一本院校', '三本院校', '一本录取', '二本录取',
  '三本录取', '一本、二本', '二本、三本', '一本合并', '二本合并', '一本招生', '二本招生', '三本招生',
  '二元杂交', '三元杂交', '四元杂交', '三元种植', '三元复合', '二元复合', '三元结构', '三元猪', '三元商品猪', '三元母猪',
  '五倍子', '四季豆',
  '三番两次', '两次三番', '一年两年', '千儿八百', '万儿八千', '百儿八十', '十年八年', '三年两年', '三年五年', '两年三年', '一天两天', '两天三天', '一年半年',
  '十次八次', '十个八个', '十趟八趟', '一次两次', '三次五次', '十天八天',
  // (是历届人数最多的一届: the one term, no rank; session 49's review, ORDINAL 1; not 的一届 alone: 县人大的一届一次会议, the hunt)
  '最多的一届', '最高的一届', '最大的一届', '最少的一届', '最低的一届', '最好的一届', '最年轻的一届', '满意的一届', '成功的一届', '精彩的一届', '这一届', '那一届',
  '、三门、', '三门、海阳', '三门二期', '三门一期', '两部制电价', '三部制电价', '两部制价格', '十月社会主义革命', '三支两军', '一天等于二十年', '等于二十年',
  // (九章量子计算原型机, 《九章算术》, 九天微星: a computer's, a classic's and a company's names; 科技三项费用: a budget line of the
  // 1980s and 1990s, as 三公经费; 振兴三倍券: a voucher programme; session 50's reviews, counts, a length and a ratio)
  '九章量子', '九章二号', '九章三号', '九章算术', '九天微星', '科技三项', '三倍券',
  '三尺讲台', '冰冻三尺', '垂涎三尺', '三尺之', '六尺巷', '七尺男儿', '掘地三尺', '三尺法台', '三尺柜台', '五尺道', // (idioms and names of 尺, a unit since session 50)
  '腊八', // (腊八节: the festival; a hunt, COUNT 八节)
  '七项全能', '十项全能', '铁人三项', '现代五项', '冬季两项', '北欧两项', '三人篮球', '收支两条线', '四分之一决赛', '八分之一决赛', // (sports' events and formats, 收支两条线: session 50)
  '三国时期', '三国时代', '三国吴', '三国魏', '三国蜀', '三国两晋', '三国演义', '五代十国', '十六国时期', '五胡十六国', '十六国前秦', '十六国北魏', // (periods: session 50's review of heritage, COUNT 国; not 来自十六国的代表)
  '两院三部', '两院两部', '三自一包', '三包四固定', '实行三包', '四大自由',
  '东四十条', '东四六条', '北新桥三条', '五棵松', '五大道', // (Beijing's and Tianjin's streets in addresses: session 50's review, COUNTs) // (the 1960s' systems: session 50's review, COUNTs) // (the two courts and three ministries, as 两高三部: session 50's review, COUNT 三部)
  '两头乌', '两头在外', '销两头', '四大家鱼', '两节期间', '五险一金', '三险一金', '五险二金', '三期女职工', '女职工三期', '处于三期的', '三期保护', // (a breed, set phrases, the four carps, the two festivals: session 50's reviews, COUNTs)
  '三门峡', '三门县', '九台县', '七匹狼', '三只松鼠', '五金、交电', '五金产品', '五金制品', '五金工具', '五金机电', '七台河', '五家渠', '三台县', '九台区', '二七区', '三元区', '二道区', '二道江', '八道江', '五大连池', '十万大山']);

/** Before the article 一: it counts (仅一个, 共一项, 只有一人, 只生一个). */
export const COUNTED_YI_BEFORE = ['仅', '只', '共', '各', '计', '只有', '仅有', '共有', '只生', '限购']; // (限购一套住房: session 47)
/**
 * Before 一个, 一家, 一所 (not 一批: a batch is no number): a verb that makes
 * or adds things, after which 一 counts them (D-5: 设立一个工作专班 → COUNT).
 * Not 建成: 建成一个现代化强省 is "build into a", the article.
 */
export const CREATED_YI_BEFORE = ['设立', '新增', '成立', '新建', '组建', '设立了', '新增了', '成立了', '新建了', '组建了'];
/** The classifiers CREATED_YI_BEFORE counts with. */
export const CREATED_YI_UNITS = new Set(['个', '家', '所', '座', '处']);
/** Before 一年: the year just past, a length of time (过去的一年, D-30). */
export const PAST_YEAR = ['过去的', '过去'];
/** Before N年内: the period is a closed past one, 内 is "during" (D-65, D-73): 过去五年内, 此前三年内 (前四年内: see FRONT_WORDS). */
export const PAST_PERIOD_BEFORE = ['过去的', '过去', '此前'];
/** Words ending in 前 that are no "the first N years" (目前两年内, 当前, 之前, 提前…): 前 of 前四年内 only as a word of its own (D-73). */
export const FRONT_WORDS = ['目前', '当前', '之前', '此前', '以前', '提前', '从前', '面前', '眼前', '事前', '向前', '超前', '空前', '跟前', '日前', '先前', '战前', '会前', '生前', '年前'];
/**
 * Words of intent, obligation or a bar (D-13, D-34, D-73): a sentence with
 * one of them, before N年内 or after it, states a limit (五年内要完成…,
 * 二年内不得重新取得, 三年内，应完成整改, 三年内，拟投资). 计划 and 目标 as nouns
 * are none: without a past marker the period is a limit anyway.
 */
export const LIMIT_WORDS = ['要', '将', '力争', '争取', '确保', '必须', '应当', '应该', '应', '须', '需', '拟', '不得', '不准', '禁止', '预计', '可望', '有望', '能够', '可以', '努力', '今后', '未来', '力求'];
/** Words with 应, 需, 拟, 将 that are no intent (相应, 供应, 需求, 模拟, 即将 stays one). */
export const NOT_LIMIT_WORDS = ['相应', '适应', '反应', '供应', '响应', '对应', '效应', '呼应', '感应', '理应', '应用', '应对', '应急', '应收', '应付', '需求', '所需', '必需', '模拟', '虚拟', '将军'];
/** Past markers in the sentence of a clause-opening N年内: the period is closed (五年内，全省累计投入…; 五年内，全国完成了…). */
export const PAST_MARKERS = ['了', '累计', '共计', '总计', '合计', '一共', '共', '已'];
/** Words with 了, 共, 已 that are no past marker (为了, 了解, 公共, 共同, 中共, 而已). */
export const NOT_PAST_MARKERS = ['为了', '除了', '了解', '不了', '了不', '了结', '公共', '共同', '共享', '共建', '中共', '共产', '共治', '共识', '共赢', '共富', '共青', '共性', '共和', '共商', '共担', '不已', '而已'];
/** A noun of a reported figure right before a number: 五年内，全国造林面积2787万公顷; 五年内全国本专科毕业生1300万人 (D-73). */
export const FIGURE_NOUNS = ['面积', '毕业生', '人数', '总量', '产量', '总额', '总数', '总值'];
/** Words with 要 that are no intent (主要, 重要, 需要 stays one). */
export const YAO_WORDS = ['主要', '重要', '纲要', '摘要', '概要', '要素', '要点', '要求'];
/** Before N届: editions held, a count (连续举办8届). */
export const EDITIONS_BEFORE = ['举办', '连续', '已办', '共办', '办了', '连任', '任满', '连续担任', '蝉联']; // (连任三届, 任满三届: terms served; session 49's review, ORDINAL; 蝉联4届榜首: session 50's)
/** Before a score in 分 (得分89.79分). */
export const SCORE_BEFORE = ['得分', '评分', '分值', '满分', '总分', '打分'];
/**
 * Words of an assessment before a score in 分 (满意度为92.3分, 考核88分: session 40's review), a score only in digits, a
 * decimal or ten and more: 一分部署、九分落实, 三分靠制度、七分靠落实 are sayings. Not 成绩 (成绩是七分，问题是三分).
 */
export const SCORE_TOPIC_BEFORE = ['满意度', '测评', '考核', '考评', '绩效'];
/** Before N分: a length of minutes (历时40分, 限时5分). */
export const MINUTES_BEFORE = ['历时', '用时', '限时', '时长', '耗时', '时长为', '用时为', '历时为', '时间为', '限答', '时间每人', '用时每人', '时长每人', '历时每人', '耗时每人', '限时每人'];
/** Between a word of minutes and the number (历时约40分, 用时仅45分, 历时整整40分, 时间不超过15分); after one, 时间 alone is one too (测评时间平均12分). */
export const MINUTES_FILLERS = ['不超过', '不少于', '大约', '整整', '不到', '平均', '共计', '合计', '约', '近', '仅', '共'];
/** Before A至B with units on both ends: a change, two mentions (提升30元至700元, 从16.2万人降至6万人). */
export const CHANGE_VERBS = ['提升', '提高', '增加', '上调', '下调', '降低', '减少', '调整', '扩大', '缩小', '由', '从',
  // (缩短0.4天至8.8天, 下降0.2天至7.8天, 延长1年至4年: a change and the new level; session 47's review: one range)
  '缩短', '延长', '下降', '上升', '增长', '压缩', '回落', '上涨',
  // (调增436亿元至13886.8亿元, 多安排5000亿元至4.4万亿元: a budget's adjustment; session 47's review)
  '调增', '调减', '多安排', '多发', '增发', '压减', '压降'];
/** Before the article 一 with a duration: "a year", not a length (关键一年, 新的一年, D-30). */
export const YI_DURATION_ARTICLE = ['关键', '的', '上', '同', '这', '那', '每', '下', '新', '可'];
/**
 * Before 一年 closing its phrase (是…重要一年。, 收官一年和开局一年): "a year", no length (D-30; session 46's reviews,
 * DURATION 1). Not where the phrase goes on (开局一年以来, 起步一年后, 最好一年内 are lengths), nor after 最多, 最长, 最快
 * (最多一年 is a bound on a length), nor verbs (经过集中攻坚一年, 奋进一年: lengths, the second review).
 */
export const YI_YEAR_ADJECTIVES = ['重要', '收官', '开局', '起步', '开篇', '丰收', '决战', '决胜', '转折', '特殊', '非凡', '平凡', '难忘', '谋篇布局', '最好', '最大'];
/** Before a date of the lunar calendar, whose Gregorian value would be wrong (D-95). */
export const LUNAR_BEFORE = ['农历', '阴历', '夏历', '旧历'];
/** After a month and day: a festival of the lunar calendar (八月十五中秋节, D-95). */
export const LUNAR_FESTIVALS = ['中秋', '端午', '元宵', '重阳', '七夕', '春节', '除夕', '龙抬头',
  // (七月十五中元节, 七月十五盂兰节, 三月二十三妈祖诞辰, 五月十三关帝诞: festivals and deities' birthdays of the lunar calendar;
  // session 50's review, --07, --03, --05)
  '中元', '盂兰', '下元', '上元', '腊八', '寒衣', '妈祖', '关帝', '保生大帝', '观音', '佛诞'];
/** Rates counted per head of a population (10万人口犯罪率, D-53). */
export const PER_HEAD_RATES = ['犯罪率', '发案率', '死亡率', '发病率', '出生率', '患病率', '自杀率', '伤亡率', '受害率', '破案率'];
/** Nouns counted past 10^10 (100亿参数的大模型): a count, no money meant (D-52). */
// (3000亿字, 120亿页, 帧: a review; money before them was a wrong type)
export const HUGE_COUNT_NOUNS = ['参数', '像素', '字节', '词元', '字', '页', '帧'];
/** Before a product with ×: the sides of a size (尺寸为6×12米), no count times a length (D-93). */
export const SIZE_BEFORE = ['尺寸', '规格', '面积', '断面', '大小', '长宽', '长×宽'];
/** Before a decade: a century only implied (本世纪二十年代, D-49), so no date. */
export const IMPLIED_CENTURY = ['本世纪', '上世纪', '世纪', '民国', '昭和', '明治', '大正']; // (民国三十年代: the Republic's 1940s; 昭和三十年代: Japan's 1955–1964; session 50's review and hunt, 1930/1939)
/** Before a bare decimal: the number names a ratio (“案-件比”为1.043, 收入倍差缩小至1.83, 死亡率0.0032). */
export const RATIO_NAMES = ['比', '倍差', '率'];
/** After 百年: the literal hundred years of a history (党的百年奋斗, 百年来, D-62). */
export const CENTURY_AFTER = ['奋斗', '来', '历程'];
/** After an amount with a scale and no unit: a threshold of an economy's size, money implied (1200亿台阶, 5万关口). */
export const MONEY_THRESHOLDS = ['台阶', '关口', '大关'];
/** Before 零: it is the number zero (均为零). */
export const ZERO_BEFORE = '为';
/** Before 第一: a slogan (质量第一, 安全第一), not a rank. */
export const ORDINAL_SLOGAN_BEFORE = ['质量', '安全'];
/** After 近N年: a record of the last N years, so 近 is not "nearly" (创近16年新高, D-18). */
export const RECORD_AFTER = ['新高', '新低', '最高', '最低', '最好', '最大', '最多', '最少'];
/** After a power of ten with a unit: it is a rate's denominator (就业人员十万人生产安全事故死亡人数, D-53). */
export const DENOMINATOR_AFTER = ['生产安全事故', '死亡人数', '死亡率', '发病率'];
/** Ranks with 前 and one of these after: 前三名, 前十位. One character each. */
export const RANK_CLASSIFIERS = '名位强批家'; // (前10家钢铁企业: the top ten firms, as 前10名; session 47's review, COUNT 10 家)
/** After 百分之百的 or 100%的: an attitude, not a share (以百分之百的努力, 以100%的热情; D-78). The noun decides, not the verb before it (以百分之百的合格率 is a share). */
export const FULL_EFFORT_AFTER = ['努力', '热情', '信心', '决心', '精力', '诚意', '干劲', '责任心', '耐心', '真心', '用心', '投入', '付出', '把握', '激情', '认真', '负责', '忠诚', '专注', '斗志'];
/** Before 元月 (January, spec §4): a word that puts a time after it (自元月起, 截至元月底); 年 and punctuation do too (2024年元月, ，元月以来). */
export const MONTH_WORD_BEFORE = ['自', '于', '在', '从', '至', '到', '截至', '截止', '及', '和', '与', '或'];

/** After or before digits+日 that lost their 年/月 (202541日起施行): words that make it a point in time, not a length (D-66). */
export const LOST_DATE_AFTER = ['起', '以来', '开始', '施行', '实施', '生效', '零时', '0时'];
export const LOST_DATE_BEFORE = ['于', '自', '从', '截至', '截止', '定于', '自从'];

/** Before N至M季度: words that make it a length of quarters, not a range of them (连续三至四季度, 今后两至三季度). */
export const QUARTER_SPAN_BEFORE = ['连续', '今后', '未来', '近', '用', '历时', '持续', '长达', '经过', '需要', '需'];

/** Words after which a share in 成 ends (八成五以上, 两成半左右). */
export const AFTER_SHARE = ['的', '以上', '以下', '左右', '上下', '以内', '多', '和', '与', '及', '或'];
/** Words a digit opens after a share in 成, besides CN_WORD_BLOCK's (九成五保户, 六成三甲医院, 八成二手房, 八成五星级酒店): the share is whole (D-79). */
export const DIGIT_WORDS = ['五保', '三甲', '二甲', '二手', '五星', '四星', '三星', '一类', '二类', '三类', '三无', '五好', '四好', '三资'];
/** Where a sentence ends, for the scan of the sentence around N年内 (D-73). */
export const SENTENCE_STOPS = '.;!?。；！？\n';

/** Verbs right before 近N年 that make it a length, "nearly N years" (D-72): 持续了近三年, 历时近两年, 施行近20年来. */
export const LASTED_BEFORE = ['了', '已', '已经', '已有', '持续', '长达', '历时', '历经', '经过', '经历', '用', '花', '耗时', '耗费', '费时', '困扰', '存在', '拖欠', '坚持', '坚守', '施行', '实施', '运行', '断流', '停产', '闲置', '搁置', '延续', '时隔', '相隔', '从事', '工作', '奋斗', '服役', '任职', '连续',
  // (服刑近五年, 羁押近两年, 在逃近十年, 积压近五年, 拖延近两年: a review)
  // (not 信访, 上访, 诉讼, 审理: nouns and topics as often, 行政诉讼近三年呈上升趋势, 审理近三年来的案件: a later review)
  '服刑', '羁押', '关押', '在逃', '潜逃', '外逃', '积压', '停工', '停业', '拖延', '滞留',
  // (沉积近30年的命案积案, 尘封近25年, 失散近30年, 被拐近32年, 追逃近十年, 隐姓埋名近二十年: session 48's review, exact)
  '沉积', '尘封', '失散', '被拐', '被拐卖', '追逃', '悬而未决', '隐姓埋名', '长眠', '寻亲', '守墓', '守陵', '漂泊',
  '逃匿', '藏匿', '隐匿', '逃亡', '流窜', '流窜作案', '出逃', '潜伏', // (逃匿近10年, 藏匿近十年: session 49's review, exact)
  // (从教近30年, 行医近40年, 戍边近20年, 扎根基层近30年: careers in commendations; session 50's reviews, exact)
  '从教', '从警', '行医', '从医', '执教', '任教', '戍边', '当兵', '扎根基层', '坚守岗位', '扎根', '守护', '服务群众', '入党'];
/**
 * Ages before 近N年, "nearly" (房龄近40年, 树龄近500年, 工龄近30年, 使用年限近50年: session 51's review, exact); not before 来, 以来 or
 * 内, nor an average's (平均车龄近三年来下降, 党龄近十年来: "the last N years"; its hunt).
 */
export const AGE_NOUNS = ['房龄', '楼龄', '树龄', '工龄', '党龄', '教龄', '军龄', '使用年限', '车龄', '船龄', '机龄'];
/**
 * Before 近N年 besides LASTED_BEFORE: a founding, whose age it is where nothing but 的, 来 or a clause's end follows
 * (建成近20年的老旧小区, 设立近5年来，, 开通近两年，; session 42's review: exact); 建成近十年来规模最大的, 建立近三年重点项目台账
 * govern a noun after (the second review).
 */
export const FOUNDED_BEFORE = ['建成', '成立', '设立', '开通', '修建', '投产', '建立', '创办', '组建', '通车', '运营'];
/**
 * Before a four-digit number of 年 that is a length, not a year (长达1000年,
 * 有着2000年的…); few and sure: 历经1998年、2020年两次洪水, 已有2024年度的
 * 报告, 实施2025年预算 are years.
 */
// (有著: 着 as traditional script writes it, which the fold leaves: simplified text writes 著 in 著名, 显著)
export const YEARS_LENGTH_BEFORE = ['长达', '有着', '有著', '建城', '距今', '距今约', '树龄', '树龄超过', '树龄约', '树龄达', '树龄已达', '树龄在', '距今近', '距今已', // (树龄约1200年: session 48's hunt, DATE; 距今近2500年: session 50's)
  // (重现期超过1000年, 重现期达2000年以上: a return period, as 1000年一遇; session 50's review, DATE)
  '重现期', '重现期为', '重现期超过', '重现期约', '重现期达', '重现期达到', '重现期在', '重现期已超过', '重现期接近', '重现期不低于',
  '重现期约为', '重现期大约为', '重现期可达', '重现期高达', '重现期远超', '重现期超', '重现期大于', '重现期逾', '重现期均超过', '重现期估算为', '重现期估计为'];
/** After a four-digit number of 年 that is a length (2000年的历史; 一遇 and 历史 alone: see yearsOfLength). */
/** Before four digits of 年 below 1900: a length lived through (历经1000年风雨), not a year (D-82). */
export const LASTED_YEARS_BEFORE = ['历经', '经过', '经历', '走过'];

export const YEARS_LENGTH_AFTER = ['的历史', '的种植历史', '的建城史', '的文明史'];
/** Verbs that govern a length a few characters on, across their object (困扰群众近十年的难题). */
export const LASTED_WITHIN = ['困扰', '持续', '长达', '历时', '历经', '耗时', '拖欠', '存在', '连续', // (连续干旱近两个月来: session 48's hunt, exact)
  // careers across their object before 近N年 (坚守乡村讲台近40年, 扎根边疆近二十年来: as D-72's 施行近20年来; session 51's review and judge)
  '坚守', '扎根', '执教', '投身', '献身'];

/** Units written 个X of a duration (个月, 个小时…): 两个多月 splits them with 多 (the unit step and the span reader). */
export const DURATION_AFTER_GE = new Set(['月', '小时', '星期', '工作日', '季度', '年度', '周']);

/** Words of a sentence before its term: 有期徒刑三年六月 is three years and six months (D-23, D-88), 拘役三月 no March. */
export const SENTENCE_BEFORE = ['徒刑', '拘役', '刑期', '刑期为', '考验期为', '为期', '期为', '判处', '改判', '减为', '减刑', '缓刑', '执行', '判处管制', '政治权利'];

/** Before a 条 with no 第, a law's name: 刑法二百三十四条, 民法典1165条 are articles by their label (D-2), no count. */
export const LAW_BEFORE = ['刑法', '民法', '民法典', '宪法', '诉讼法', '组织法', '选举法', '立法法', '劳动法', '合同法', '物权法', '公司法', '证券法', '税法', '监察法', '检察官法', '法官法', '律师法', '处罚法', '保护法', '管理法', '促进法',
  // (刑诉法二百八十二条, 《民法典》1079条, 道路交通安全法七十六条: session 39's review)
  '刑诉法', '民诉法', '行诉法', '安全法', '婚姻法',
  // (监督法三十条, 代表法四十三条, 预算法二十条, 议事规则二十条: the laws legislatures cite; session 49's review, COUNTs)
  '监督法', '代表法', '预算法', '审计法', '公务员法', '许可法', '基本法', '慈善法', '垄断法', '教育法', '生产法', '议事规则',
  '环境保护法', '统计法', '会计法', '预算法实施条例',
  // (工会法四十三条, 劳动争议调解仲裁法四十七条, 工伤保险条例三十三条规定: session 50's review of unions, COUNTs)
  '工会法', '仲裁法', '防治法', '保障法', '保险法', '条例',
  // (依照本法四十四条, 该法44条, 该办法十二条, 环保法63条, 食安法一百三十六条: session 51's review of inspections, COUNTs)
  '本法', '该法', '此法', '两法', '上述法律', '该办法', '本办法', '该规定', '本规定', '环保法', '食安法', '野保法', '固废法', '药品管理法'];

/** Words of length a few characters before N日 (会期3日, 为期10日, 连续降雨5日): a length, not a day of the month. */
/** After 至 or 到 and a day, the end of what ran until then (强降雨至22日结束, 至22日凌晨停止): the day of a month, no length. */
export const DAY_END_EVENT = ['结束', '停止', '止', '闭幕', '截止', '减弱', '停歇', '消退', '退出'];
/** A time of the day between a day and what happens then (22日凌晨, 22日白天). */
export const DAY_PART = ['上午', '下午', '凌晨', '白天', '夜间', '夜里', '早晨', '早上', '中午', '傍晚', '晚上', '晚间', '晚', '早'];
export const DAY_LENGTH_BEFORE = ['会期', '为期', '连续', '持续', '历时', '长达', '用时', '耗时', '工期', '期限', '共计', '累计', '用', '花了', '需要', '经过', '历经',
  '公示期', '观察期', '有效期', '延长', '延期', // (公示期5日 after a date was a day of its month: session 39's review; 每 and 近 right before only, date.ts)
  '最大', '最小', '前期', // (7月20日，最大3日降雨量, 前期3日累计雨量: a hydrology's window of days; session 48's review, --07-03)
  '住院日', '住院时间', '天数']; // (2023年12月，平均住院日为8日: a length of stay (D-104); session 51's review, --12-08)

/** Units of a temperature, whose sign 零下 may write in words (D-89). */
export const TEMPERATURE: ReadonlySet<string> = new Set(['℃', '°C', '摄氏度', '度']);
/** Brands named with a number after them (茅台1935, 黄鹤楼1916): the number is the name's. */
export const BRANDS_BEFORE = ['茅台', '五粮液', '国窖', '汾酒', '郎酒', '剑南春', '洋河',
  '黄鹤楼', '双喜', '玉溪', '芙蓉王', '红塔山', '利群', '云烟', '贵烟', '娇子', '苏烟', '大重九']; // (cigarettes: 黄鹤楼1916; session 50's review, DATE)
