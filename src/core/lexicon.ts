// Units, classifiers and qualifier words, matched longest-first with a trie so
// that lookup costs one table walk per character.
import type { MentionType, Qualifier } from '../types.js';
import { charTable, CLASS, Cls, CN_SCALE, codeAt, codeIs, isDigit, isNumeralChar, phraseEndsAt } from '../text/chars.js';
import { AFTER_QIAN_UNIT } from './numbers.js';

export interface UnitEntry {
  unit: string;
  type: MentionType;
}

/**
 * The nodes and edges of a trie over UTF-16 units: an edge is found in one
 * open-addressing table keyed by (node, unit), a few typed-array reads (a Map
 * per node, and a pair allocated per match, were 7% of the rule extractor).
 */
class Edges {
  private keys = new Int32Array(256).fill(-1);
  private child = new Int32Array(256);
  private shift = 24; // 32 - log2(keys.length): the hash is the product's high bits
  private used = 0;
  /** number of nodes; node 0 is the root */
  nodes = 1;

  /** The child of `node` along unit `c`, -1 if none. */
  next(node: number, c: number): number {
    const key = (node << 16) | c;
    const keys = this.keys, mask = keys.length - 1;
    for (let h = Math.imul(key, 0x9e3779b1) >>> this.shift; ; h = (h + 1) & mask) {
      const k = keys[h];
      if (k === key) return this.child[h];
      if (k === -1) return -1;
    }
  }

  /** The child of `node` along `c`, made if missing. */
  add(node: number, c: number): number {
    const found = this.next(node, c);
    if (found >= 0) return found;
    if (this.nodes >= 1 << 15) throw new Error('lexicon trie: more than 32768 nodes');
    // (at most a quarter full: fewer probes a look-up; at half, the units' table grown by session 42's entries cost lookups)
    if (4 * (this.used + 1) > this.keys.length) this.grow();
    const made = this.nodes++;
    this.put((node << 16) | c, made);
    return made;
  }

  private put(key: number, child: number): void {
    const keys = this.keys, mask = keys.length - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (keys[h] !== -1) h = (h + 1) & mask;
    keys[h] = key;
    this.child[h] = child;
    this.used++;
  }

  private grow(): void {
    const { keys, child } = this;
    this.keys = new Int32Array(2 * keys.length).fill(-1);
    this.child = new Int32Array(2 * keys.length);
    this.shift--;
    this.used = 0;
    for (let h = 0; h < keys.length; h++) if (keys[h] !== -1) this.put(keys[h], child[h]);
  }
}

/** Words looked up longest-first from a position, forwards (`Trie`) or backwards from it (`SuffixTrie`, keyed by the reversed words). */
class Trie<T> {
  protected readonly edges = new Edges();
  /**
   * The answer of `longest` for each entry's node, made once: [value, length].
   * Shared by every caller, so never changed (the type says so); a fresh pair
   * a lookup was a good part of what the rule steps allocated.
   */
  protected readonly pairs: (Match<T> | undefined)[] = [undefined];
  /**
   * A bit for each unit that starts an entry: a lookup where none starts
   * (most of them) ends at one read of this bitmap, before the hash table.
   * U+0000 never starts one: an index past the text reads NaN, which reads bit 0.
   */
  protected readonly starts = new Int32Array(2048);

  add(word: string, value: T): void {
    const c0 = word.charCodeAt(0);
    if (!(c0 > 0)) throw new Error(`lexicon: an entry may not be empty or start with U+0000 (${JSON.stringify(word)})`);
    this.starts[c0 >>> 5] |= 1 << (c0 & 31);
    let node = 0;
    for (let i = 0; i < word.length; i++) node = this.edges.add(node, word.charCodeAt(i));
    while (this.pairs.length < this.edges.nodes) this.pairs.push(undefined);
    this.pairs[node] = [value, word.length];
  }

  /** Length of the longest entry starting at text[i], 0 if none. */
  longestLength(text: string, i: number): number {
    const m = this.longest(text, i);
    return m === null ? 0 : m[1];
  }

  /** Longest entry starting at text[i]: [value, length] or null. */
  longest(text: string, i: number): Match<T> | null {
    if (i >= text.length) return null; // no read past the end: see numbers.ts
    const c0 = text.charCodeAt(i);
    if (!(this.starts[c0 >>> 5] & (1 << (c0 & 31)))) return null;
    const edges = this.edges, pairs = this.pairs;
    let node = 0, best: Match<T> | null = null;
    for (let k = i; k < text.length; k++) {
      node = edges.next(node, text.charCodeAt(k));
      if (node < 0) break;
      const p = pairs[node];
      if (p !== undefined) best = p;
    }
    return best;
  }
}

/** What a trie lookup found: the entry's value and its length. */
export type Match<T> = readonly [T, number];

class SuffixTrie<T> extends Trie<T> {
  override add(word: string, value: T): void {
    super.add(word.split('').reverse().join(''), value);
  }

  /** Longest entry ending right before text[i]: [value, length] or null. */
  longestBefore(text: string, i: number): Match<T> | null {
    // the entries are stored reversed: the bitmap has their last units
    // nothing ends before the text (and a read outside it threw optimized code away once)
    if (i <= 0) return null;
    const c0 = text.charCodeAt(i - 1);
    if (!(this.starts[c0 >>> 5] & (1 << (c0 & 31)))) return null;
    const edges = this.edges, pairs = this.pairs;
    let node = 0, best: Match<T> | null = null;
    for (let k = i - 1; k >= 0; k--) {
      node = edges.next(node, text.charCodeAt(k));
      if (node < 0) break;
      const p = pairs[node];
      if (p !== undefined) best = p;
    }
    return best;
  }
}

/**
 * Classifiers that open many words (发生, 把握, 通过, 挺进, 响应): units only after digits or a scale (子弹2000发、, 弓弩
 * 2000把。, 诈骗电话2000余通, 机枪2挺, 鞭炮2000响; not 一把手, 拉一把, 三通一平) and only closing a phrase or a list's
 * item or before what they count (2000发子弹): session 43's review, they were read as years or lost.
 */
const CLOSING_CLASSIFIERS = ['发', '把', '通', '挺', '响', '令', // (新闻纸一百二十万令: reams, session 47)
  '车', '班', // (日均装车17.7万车, 每周3班: wagonloads and flights; 2000车以上 a year: session 49's review; not 三班倒, 车主)
  '副', '身', '领', '面', // (担架五十万副, 军装10万身, 大衣1.6万领, 锦旗12面: session 50's review, bare counts or missed; not 副市长, 面积)
  '字', '群', '捆', '辑', '讲', '打']; // (八百万打: dozens; 3.2万字, 蜂群2.3万群, 1.2万捆, 12辑, 6讲: session 49's reviews, bare counts or missed; not 十六字方针, 3万群众)
const CLOSING_CLASSIFIER = charTable(CLOSING_CLASSIFIERS.join(''));
/** What a closing classifier may stand before: the things it counts. */
const COUNTED_AFTER_CLOSING = ['子弹', '炮弹', '枪弹', '礼炮', '刀', '枪', '电话', '鞭炮', '机枪', '弹'];
/** Whether the closing classifier at i is one: after digits or a scale, before a phrase's end, a joiner or what it counts. */
function closingClassifier(text: string, i: number): boolean {
  if (i === 0) return false;
  const b = text.charCodeAt(i - 1);
  if (!(CLASS[b] === Cls.DIGIT || CN_SCALE[b] > 0 || b === 0x4f59 /* 余 */ || b === 0x591a /* 多 */)) return false;
  if (labelledClassifier(text, i)) return false;
  const k = i + 1;
  return phraseEndsAt(text, k) || '和及与或等'.includes(text[k]) || COUNTED_AFTER_CLOSING.some((w) => text.startsWith(w, k)) ||
    BOUNDS_AFTER_CLOSING.some((w) => text.startsWith(w, k));
}
/**
 * 高三12班, 高一1班、2班: a school class's number; K1234次列车8车: a carriage's; 红十字, 一个十字: no number of characters
 * (session 49's hunt: COUNTs).
 */
function labelledClassifier(text: string, i: number): boolean {
  const u = text.charCodeAt(i);
  if (u === 0x5b57 /* 字 */) return text[i - 1] === '十' && CLASS[codeAt(text, i - 2) & 0xffff] !== Cls.CNUM && CLASS[codeAt(text, i - 2) & 0xffff] !== Cls.DIGIT;
  if (u !== 0x73ed /* 班 */ && u !== 0x8f66 /* 车 */) return false;
  let k = i - 1;
  while (k >= 0 && CLASS[text.charCodeAt(k)] === Cls.DIGIT) k--;
  if (u === 0x73ed /* 班 */) return /(?:[高初][一二三]|年级|级|[、和])$/.test(text.slice(Math.max(0, k - 2), k + 1));
  if (u === 0x8f66 /* 车 */) return /(?:列车|动车|[、和])$/.test(text.slice(Math.max(0, k - 2), k + 1));
  return false;
}
/** A bound or 的 after a closing classifier (2000车以上, 18万车左右, 2000班的水平: session 49's review, a year or its bound lost). */
const BOUNDS_AFTER_CLOSING = ['以上', '以下', '左右', '上下', '以内', '的'];

const COUNT_UNITS = [
  '件', '人', '名', '位', '个', '家', '起', '项', '条', '部', '次', '批', '所', '座', '户', '宗', '编', '孔', // (共7编, 桥梁12孔: session 41)
  '人次', '件次', '家次', '个次', '批次', '项次', '场次', '份', '篇', '册', '本', '台', '辆', '只', '头',
  '套', '场', '种', '类', '方面', '支', '处', '栋', '张', '封', '轮', '层', '间', '对', '组', '队',
  '团', '伙', '例', '门', '节', '课时', '架次', '艘', '列', '股', '棵', '株', '笔', '单', '枚', '颗', '块',
  '片', '省', '市', '县', '区', '部门', '省区', '地', '案', '村', '镇', '乡', '乡镇', '乡镇街道', '首', '集', '幅', '架', '例次', '国', '金', '银', '铜',
  '章', '款', '届', '期', '季', '岗', '席', '票', '桩', '口', '余人', '员', '人员', '余件', '代表',
  '床', '张床', '道', '轮次', '批次', '网点', '站', '箱', '包', '大箱', '罐', // (3万罐: session 50's review, a bare count)
  '注', '榀', // (一等奖12注, 24榀门式桁架: bets and trusses; session 50's reviews, missed)
  '尊', // (造像11万余尊: statues; session 50's review of heritage, cut or missed)
  '管', '地块', // (检测能力每日达50万管: sample tubes; 推出12地块 cut at 地; session 51's reviews)
  '种次', '箱次', '票次', '柜', '景', // (遥感影像12.6万景: image scenes; session 51's review)
  '穗', '丛', '蔸', '穴', // (亩有效穗数达到35万穗以上, 每亩插1.8万丛, 1.6万蔸, 1.5万穴: rice's ears, hills and holes; session 51's review, bare counts) // (截获有害生物6.9万种次 cut at 种, 1.2万箱次, 8.6万票次; 出口2.6万柜, containers; session 51's review)
  // (检查渔船2024船次 a year, 12.6万头次 cut at 头, 1260万头份 at 头, 86.5万羽次 at 羽: session 50's review of livestock)
  '船次', '头次', '羽次', '头份', '羽份', '只份', '头只次',
  '门次', '卷次', // (3.6万门次 cut at 门: session 50's review of cadre training) // (三百九十万大箱: the older cigarette case; session 50's review, cut to a bare count)
 
  '双', '户次', '县区', '市州', '县市区', '步', '乘次',
  // found by review (rule 0.2.18): 1.2万盒, 3,000万尾 (鱼苗), 1万羽 (禽类), 3具 (尸体)
  '瓶', '盒', '袋', '桶', '羽', '尾', '具', '根', '盏', '粒', '幢', '趟', '扇', '卷', '剂', '台套',
  '车次', '班次', '航次', '辆次', '艘次', '台次', '列次', '警次', '工日', '剂次', '人份',
  // (机井1800眼, 3匹马, 开设12个班, 培训48学时, 接种2针: a review)
  // (not 班: 三班倒, 四班三倒, 一至三班学生 are shifts and classes' names: a later review)
  '眼', '匹', '疋', '学时', '针', // (棉布一亿五千万疋: 匹's older form, session 47)
  // (31省份, 11地市, 8区县, 14地州市, 12盟市 were cut after their first character or missed: a review; D-22)
  '省份', '地市', '区县', '市县', '地州市', '盟市', '单元',
  '顶', '件套', '工时', // (帐篷3000顶, 家具80万件套 cut at 件, 120万工时 a bare count: session 42's review)
  '部委', '省区市', '省市', '委办局', '厅局', '册次', '处次', // (567.8万册次, 1234处次 were cut at 册, 处: session 46's review) // (财政部等五部委, 14省区市 were cut after 部 and 省区, 8厅局 missed: session 46's review; D-22)
  '部次', '期次', '条次', '株次', '篇次', '份次', '宗次',
  '天次', '客位', '间夜', // (重度污染1899天次 a length in 天, 1696.93万客位 a bare count, 2860万间夜 cut at 间: session 47's reviews)
  '站次', '站日', '县次', '市次', // (大风1203站次 cut at 站: session 47's review)
  // (16.6万话路, 8.6万路端, 1170座次, 860台套次, 20万只次, 7300万头只: session 48's reviews, bare counts or cut at 座, 台套, 只, 头)
  '话路', '路端', '座次', '台套次', '只次', '头只',
  // (2013万本次 cut at 本, 1.2亿张次 at 张, 1200校次 missed: session 48's review of police reports)
  '本次', '张次', '趟次', '组次', '所次', '村次', '栋次', '起次', '套次', '队次', '案次', '校次',
  '单位', // (放流苗种300亿单位以上 was cut to 单, its 以上 lost: session 48's review)
  '台班', // (机械3.6万台班 cut at 台: session 48's review)
  '片区', '基', // (12片区 cut at 片, 照明设施18.6万基 a bare count: session 48's review)
  '地州', '峰', '档', // (南疆四地州 cut at 地, 骆驼22万峰 a bare count, 1420元四档 the amount lost: session 48's last reviews)
  '台件', // (9800余万台件 cut at 台: session 48's review)
  '个工日', '个劳动日', '劳动日', // (1500万个工日 cut at 个, its 以上 lost: session 49's review)
  '航班', // (每周2000航班以上 was the year 2000: session 49's hunt)
  '车皮', '标准组', // (3.3万车皮 a bare count, 动车组4427标准组 missed: session 49's review)
  '床位', // (3.5万床位: beds are counted, as 3.5万张; session 47's review, QUANTITY) // (修改法律111部次, 植树5.6亿株次 were cut: session 39's review) // (建成5栋20单元 was 20单: a later review)
  ...CLOSING_CLASSIFIERS,
];
const MONEY_UNITS = ['分/千瓦时', '元', '圆', '美元', '欧元', '港元', '日元', '英镑', '卢布', '韩元', '澳元', '加元', '泰铢', '马克', '法郎', '新台币', '澳门元', '港币', '美金', '新加坡元', '人民币', '元/人', '元/吨', '元/平方米', '元/亩', '元/月', '元/年', '元/户', '元/度', '元/千瓦时',
  // found by review (rule 0.2.18): per case, day, time… (1,200元/件, 436.89元/日)
  '元/平方公里', '元/件', '元/天', '元/日', '元/次', '元/小时', '元/公斤', '元/斤', '元/台', '元/辆', '元/头', '元/只', '元/个', '元/张', '元/套', '元/份', '元/床', '元/人次', '元/人·天', '元/人·月', '元/人·年',
  // (3270亿肯尼亚先令, 2.3亿瑞士法郎, 45亿林吉特, 200万兰特: bare counts or money without its unit; session 48's review of foreign aid)
  '肯尼亚先令', '先令', '瑞士法郎', '瑞郎', '林吉特', '兰特', '卢比', '雷亚尔', '比索', '坚戈', '第纳尔', '里亚尔', '沙特里亚尔', '迪拉姆', '阿联酋迪拉姆',
  '埃及镑', '印尼盾', '越南盾', '土耳其里拉', '里拉', '缅元', '基普', '瑞尔', '塔卡', '奈拉', '苏姆', '马纳特', '德拉姆', '兹罗提', '福林', '克朗', '瑞典克朗', '挪威克朗',
  '丹麦克朗', '格里夫纳', '新西兰元', '加拿大元', '澳大利亚元', '菲律宾比索', '新台币元',
  '元/半天', '元/小时', // (200元/半天: session 50's review, cut at 元)
  '新卢布', '旧卢布', // (十四亿零六百万新卢布: session 50's review of 1958–1966, a bare count)
  '块钱', // (每月能挣3000块钱: spoken yuan; session 49's review, COUNT 块)
  // (2000万台币 a count of 台, 1.2亿澳门币, 5000万葡币, 13亿多国币, 5000万法币, 1亿银元 bare counts: session 50's review of Hong Kong,
  // Macao and Taiwan affairs)
  '台币', '澳门币', '澳币', '葡币', '法币', '银元', '银圆', // (not 国币: 两国币值)
  // (95.3亿特别提款权, 700亿冰岛克朗, 3000万巴西雷亚尔, 5亿阿根廷比索: swap lines and quotas with the country's name, cut or
  // bare counts; 20美分; session 51's reviews)
  '特别提款权', 'SDR', '美分', '欧分', '巴西雷亚尔', '阿根廷比索', '智利比索', '墨西哥比索', '哥伦比亚比索', '乌拉圭比索', '巴基斯坦卢比',
  '印度卢比', '印尼卢比', '斯里兰卡卢比', '尼泊尔卢比', '毛里求斯卢比', '哈萨克斯坦坚戈', '匈牙利福林', '蒙古图格里克', '图格里克',
  '卡塔尔里亚尔', '阿曼里亚尔', '伊朗里亚尔', '塞尔维亚第纳尔', '阿尔及利亚第纳尔', '科威特第纳尔', '南非兰特', '尼日利亚奈拉', '冰岛克朗',
  '捷克克朗', '俄罗斯卢布', '白俄罗斯卢布', '乌兹别克斯坦苏姆', '亚美尼亚德拉姆', '波兰兹罗提', '乌克兰格里夫纳', '马来西亚林吉特',
  '泰国泰铢', '老挝基普', '柬埔寨瑞尔', '孟加拉塔卡', '韩国韩元', '日本日元', '英国英镑', '格鲁吉亚拉里', '拉里', '蒙古国图格里克'];
const DURATION_UNITS = ['年', '个月', '月', '天', '日', '小时', '个小时', '分钟', '秒', '秒钟', '周', '个周', '星期', '个星期', '工作日', '个工作日', '周年', '个年度', '季度', '个季度', '昼夜', '学年', '学年度', '赛季', '财年', '财年度', '财政年度', '年度', '日历天', '个半月', '个昼夜', '个交易日', '交易日', '个自然日', '自然日', '个日历日', '日历日', '个日历天', '个银行工作日', '银行工作日', // (七个昼夜 was COUNT 7 个, 5个交易日, 3个自然日 cut at 个: session 48)
  // (60个月昼, 12个月夜 were 60 and 12 months; 358个火星日, 92个地球日 counts of 个: session 50's review of big science)
  '个年头', // (走过30个年头: a length, as 个年度; session 50's review, COUNT 个)
  '个月昼', '个月夜', '个火星日', '火星日', '个地球日', '地球日', '个火星月', '个火星年'];
const QUANTITY_UNITS = [
  '岁', '周岁', '吨', '公斤', '千克', '克', '斤', '公里', '千米', '米', '厘米', '毫米', '平方米', '平米', '平方公里', '平方千米',
  '亩', '公顷', '立方米', '千瓦', '千瓦时', '瓦', '兆瓦', '吉瓦', '度', '升', '毫升', '微克/立方米', '毫克/立方米',
  '标准煤', '吨标准煤', '吨/日', '立方米/秒', '公里/小时', '千米/小时', '马力', '吨公里', '部/百人', '人/万人', '件/人',
  // found by review (rule 0.2.18): rates written with their denominator, and the older reports' units (公尺, 瓩, 公亩)
  '千克/公顷', '吨/公顷', '公斤/公顷', '公斤/人', '立方米/人', '立方米/天', '立方米/日', '立方米/万元', '吨标准煤/万元', '吨/万元',
  '公里/百平方公里', '公里/平方公里', '米/秒', '人次/万人', '次/人', '册/人', '人/户', '起/万人', '人/万车', '小时/户', '升/人·日',
  '吨千米', '人千米', '车千米', '车公里', '标准立方米', '亩次', '标台', // 标台 a converted measure of buses, as 标箱 of containers
  '公尺', '平方公尺', '立方公尺', '瓩', '瓩时', '瓩時', '公亩', '公畝', '擔', '市擔', '錠', '公噸', '噸',
  '℃', '°C', '摄氏度', 'GW', 'MW', 'kW', 'KW', 'kWh', 'mm', 'cm', 'km', 'kg', 'kV', '千伏', '英寸', '吨/年', '万千瓦', '标箱', '万标箱', '延长米', '人/平方公里', '张/千人', '人/千人', '床/千人',
  '张/千人口', '人/千人口', '床/千人口', '人/万人口', '人次/万人口', '起/万人口', // (3.40人/千人口: session 51's review, cut before 口)
  '户/平方公里', '公里/人', '平方米/人', '吨/亩', '斤/亩', '公斤/亩', '千瓦时/人', '人·次', '个标准箱', '立方', '方',
  '千升', '千伏安', '千瓦小时', '人公里', '标准箱', '重量箱', '纳米', '微米', 'P', '分贝', '分', 'Mbps', 'Gbps', '公方',
  // (重量箱: 平板玻璃's measure, as 标准箱; session 46's review, a bare count)
  '兆瓦时', '吉瓦时', 'MWh', 'GWh', '毫克', '微克', '毫克/升', '毫克/千克', '微克/升', 'TEU', 'FEU', // (120万FEU: session 51's review, missed)
  // the older reports' units (1950s–1980s): 市亩, 市斤, 担 (50 kg), 公吨, 锭 (spindles), 标准台, 载重吨
  '市亩', '市斤', '担', '公吨', '锭', '标准台', '载重吨', '市担', '市尺', '市两', '市石', '市里', '公担',
  '延米', '海里', // (一万八千延米, 12海里: a review)
  // (1013.2百帕 was COUNT 101320 read with the scale 百; 3560亿千瓦·时 cut at 千瓦, power for energy; 15.67万km² a length;
  // 860亿印张, 12.5亿吉焦 money or a bare count; 1.5亿吨标煤 cut at 吨: a review)
  // (1200万克拉 was 克, 7280万盎司 a bare count, 2000英尺 a year: session 39's review)
  '克拉', '盎司', '蒲式耳', '英尺', '平方英尺', '立方英尺', '英里', '平方英里', '磅', '加仑', '平方海里', '长吨',
  '百帕', '千帕', '兆帕', '千瓦·时', 'kW·h', '吨·公里', '人·公里', '克/千瓦时', '克标煤/千瓦时', '克标准煤/千瓦时', 'km²', 'km2',
  '吨标煤', '吨油当量', '吨二氧化碳当量', '毫米汞柱', '立方千米', '吉焦', '千焦', '千卡', '大卡', '印张', '换算吨公里', '英亩', '光年',
  // (120万㎡, 2.6亿m², 60km/h (cut to a length), 32.5m/s, 1200m³/s, 0.75太瓦时, 120平方 (spoken square metres): session 42's
  // review, nothing or a length)
  '㎡', 'm²', 'm³', '㎥', 'km/h', 'm/s', 'm³/s', '太瓦时', 'TWh', '平方',
  // (5平方厘米 read 平方 alone, square metres; units of their own: the last review)
  '平方厘米', '平方毫米', '平方分米', '平方微米', '平方百米', '平方市尺', '平方英寸', '平方市里', '平方码', '平方丈', '平方尺', '平方寸',
  // (session 47's reviews: 1.2万亿客公里 money, 1.6万亿座公里 a count of 座, 2.3万亿吨海里 a weight, 13.55万总吨 and 20万蒸吨 bare
  // counts, 3.2万兆伏安, 125千克标准煤/吨 cut at 千克, 0.85吨二氧化碳/万元 at 吨, 17863.27万吨位 at 吨, 5906.5亿米³ a length,
  // 0.05mg/L, 32μg/m³ missed)
  '客公里', '客千米', '座公里', '座千米', '可用座公里', '列公里', '吨海里', '吨英里', '总吨', '净吨', '蒸吨', '兆伏安', 'MVA',
  '千克标准煤', '千克标煤', '吨二氧化碳/万元', '吨CO2/万元', '吨CO2当量', '吨位', // (not 吨二氧化碳 alone: 5万吨二氧化碳 is 吨, D-110)
  '标准机架', '标准吨', '实物吨', '吨标准燃料', '吨标准煤当量', // (650万标准机架, 5.6亿标准吨 bare counts, 七亿吨标准燃料 cut at 吨: session 47)
  // (76100秒立方米 a length in 秒, 2000立米每秒 a year, 三十公分 and 三百公厘 missed, 4536℃·d cut at ℃: session 47's review)
  '秒立方米', '秒公方', '立米', '公分', '公厘', '℃·d', '℃·日', '°C·d',
  '米³', '米²', '微克/米3', '毫克/米3',
  // (1500对公里 a count of 对, 86.2万皮长公里 and 2.1亿芯公里 bare counts; 2.6亿羊单位, 5000万空方, 1589万修正总吨 bare counts;
  // 3.5mm/a cut at mm: session 48's reviews)
  '对公里', '皮长公里', '芯公里', '话路公里', '杆程公里', '管程公里', '孔公里', '线对公里', '羊单位', '空方', '修正总吨', 'mm/a', 'm/a',
  '个羊单位', '标准羊单位', '个标准羊单位', // (3200万个羊单位 was COUNT 个: session 48's last review)
  '毫达西', '达西', 'mD', '欧姆米', '欧姆·米', // (渗透率12.5毫达西, 电阻率12.5欧姆米 were RATIO 12.5: session 48's review)
  '标准集装箱', '国际标准箱', '标准柜', '自然箱', // (300万标准集装箱 a bare count, its 以上 lost: session 48's review, as 标箱)
  'mg/L', 'mg/l', 'μg/L', 'μg/m³', 'μg/m3', 'ug/m3', 'mg/m³', 'mg/m3', 'dB(A)', 'dB', '分贝(A)', '标立方米', '标方', '个流量', '标准车', // (4.2万标准车/日: session 51's review) // (1800个流量: the Yellow River's m³/s; session 51's review, COUNT 个) // (120亿标立方米: session 51's hunt, bare money) // (54.0分贝(A): session 51's review, cut to 分贝)
  'MPa', 'kPa', 'ppm', 'ppb',
  // (1200万千乏 money, 63千安 and 2000千乏 bare counts, 2000标方/小时 and 2000伏安 a year, 300瓦时/千克 cut to 瓦, 38亿吨标准油
  // and 1.2克标准煤 cut to a mass, 十一万伏 a bare count, 三十匹马力 a count of 匹: session 49's reviews of energy and of the
  // 1950s; 伏 alone only in a number of ten or more, unitAt: 三伏天 is a season)
  '千乏', '兆乏', '千乏时', '千安', '千牛', '千牛·米', '标方', '伏安', '安培', '兆焦', '兆焦耳', '艾焦', '毫安时', '瓦时', '瓦·时', '兆瓦峰', '千瓦峰',
  '吨标准油', '千克标准油', '克标准煤', '克标煤', '伏', '伏特', '匹马力', '赫兹', '千赫', '兆赫', '吉赫',
  // (352亿车辆公里 money, 15.6亿列车公里 a count of 列, 5.6亿辆公里 of 辆, 12亿轴公里 a bare count: session 49's review of transport)
  '立方毫米', '立方厘米', 'mm³', 'mm3', 'cm³', 'cm3', // (5mm³ cut to mm, 350个/立方毫米 to 个/立方: session 49's review)
  '月龄', '个月龄', '日龄', '周龄', // (8月龄, 6个月龄以下: ages of infants in months; session 49's review, DATE --08 or cut at 个月)
  'hPa', 'm3/s', // (930hPa, 75000m3/s: session 50's review, missed; not m³/h, which cut m³/hm²)
  'm3', 'm2', 't/a', 't/d', '位势什米', '位势米', '个纬度', '个纬距', '个经度', '个经距', // (5497.6亿m3, 300万t/a, 偏高4～6位势什米, 偏南1.5个纬度: session 51's reviews)
  'TB', 'GB', 'PB', 'EB', '太字节', '拍字节', // (2190.8TB, 1.2PB of digitized archives: session 50's review, missed)
  // (100cm² cut to a length; 0.22mg/kg, 1.8μg/kg, 每粒11.6mg, 5ml missed: session 50's review of food and drug safety)
  '学时/人', '课时/人', '天/人', // (56.3学时/人 cut at 学时: session 50's review)
  '人·天', '人·日', '人·小时', '人·月', // (3.2万人·天 cut at 人: session 50's review of unions)
  '人/所', // (17.8人/所: session 50's review of justice, cut at 人)
  'cm²', 'cm2', 'mm²', 'mm2', 'dm²', 'mg/kg', 'μg/kg', 'ug/kg', 'g/kg', 'mg/100g', 'g/100g', 'μg/g', 'mg', 'ml', 'mL', 'μg', 'mmHg',
  '土石方', '浬', // (二十六万土石方 a bare count, 航行3万余浬 (nautical miles): session 50's reviews)
  '尺', // (棉布三十万尺: the cloth's chi, as 市尺; session 50's review, a bare count)
  '顷', '垧', '华里', // (开垦荒地一万顷, 1.2万垧, 1.2万华里: old units of area and length, bare counts; session 49's review)
  '车辆公里', '轴公里', '座位公里', '客座公里', '收入吨公里', '可用吨公里', '机车公里', '列车公里', '列车千米', '辆公里', '客位公里',
  '标箱公里', '吨次', '车辆千米', '机车千米',
  // (700个大气压 a count of 个, 10千比特 a bare count in 千, 45.22万高斯 and 22亿电子伏特 bare counts, 1.75万平方度 cut to 平方,
  // 二万二千吨梯恩梯当量 cut at 吨: session 50's review of big science)
  '个大气压', '大气压', '个标准大气压', '标准大气压', '比特', '千比特', '兆比特', '吉比特', '太比特', '高斯', '电子伏特', '电子伏', '千电子伏', '兆电子伏', '吉电子伏',
  '兆电子伏特', '吉电子伏特', '太电子伏特', '拍电子伏特', '平方度', '吨梯恩梯当量', '吨TNT当量', '万吨TNT当量',
];

const UNITS = new Trie<UnitEntry>();
for (const u of COUNT_UNITS) UNITS.add(u, { unit: u, type: 'COUNT' });
for (const u of MONEY_UNITS) UNITS.add(u, { unit: u, type: 'MONEY' });
for (const u of DURATION_UNITS) UNITS.add(u, { unit: u, type: 'DURATION' });
for (const u of QUANTITY_UNITS) UNITS.add(u, { unit: u, type: 'QUANTITY' });
// the middle dot as PDFs and fonts write it (千瓦•时, 千瓦・时, 吨‧公里: a later review), KW·h, and 人·年 (person-years)
for (const u of [...QUANTITY_UNITS.filter((x) => x.includes('·')), 'KW·h', '人·年']) for (const dot of '·•・‧') UNITS.add(u.replace('·', dot), { unit: u.replace('·', dot), type: 'QUANTITY' });
UNITS.add('%', { unit: '%', type: 'PERCENT' });
UNITS.add('‰', { unit: '‰', type: 'PERCENT' });
UNITS.add('‱', { unit: '‱', type: 'PERCENT' });
UNITS.add('成', { unit: '%', type: 'PERCENT' });
UNITS.add('个百分点', { unit: '个百分点', type: 'PERCENT_POINT' });
UNITS.add('百分点', { unit: '百分点', type: 'PERCENT_POINT' });
// a hundredth of a percentage point, a change as 百分点 is; the value as written, the unit says the scale (D-41)
UNITS.add('个基点', { unit: '个基点', type: 'PERCENT_POINT' });
UNITS.add('个千分点', { unit: '个千分点', type: 'PERCENT_POINT' });
UNITS.add('千分点', { unit: '千分点', type: 'PERCENT_POINT' });
// (降低1.1个百万分点 was COUNT 1.1 个: session 48's review; as 个千分点, D-41)
for (const u of ['个百万分点', '百万分点', '个万分点', '万分点']) UNITS.add(u, { unit: u, type: 'PERCENT_POINT' });
UNITS.add('基点', { unit: '基点', type: 'PERCENT_POINT' });
// (下降25个BP, 15个bp: basis points in letters, read as 个基点; session 46's review: COUNT 个)
for (const bp of ['个BP', '个bp', '个bps', '个BPs', 'BP', 'bp', 'bps', 'BPs']) UNITS.add(bp, { unit: bp, type: 'PERCENT_POINT' }); // (下行88BP: session 47)
UNITS.add('倍', { unit: '倍', type: 'RATIO' });

const CITY: Match<UnitEntry> = [{ unit: '市', type: 'COUNT' }, 1];
const ZHANG: Match<UnitEntry> = [{ unit: '张', type: 'COUNT' }, 1];
const MONTHS: Match<UnitEntry> = [{ unit: '个月', type: 'DURATION' }, 2];
/** After 平方里: its end, a bound or 的 (面积30平方里。: square li, no 平方 alone; 120平方里有三室 is square metres and 里). */
const SQUARE_WORD_AFTER: Readonly<Record<string, string>> = { 平方码: '头', 平方尺: '度寸', 平方寸: '土', 平方丈: '量' };
const SQUARE_METRES: Match<UnitEntry> = [{ unit: '平方', type: 'QUANTITY' }, 2];
const SQUARE_LI_END = /^(?:$|[,.;:!?，。；：、）)]|左右|以上|以下|的)/;
const PERSON_YEARS: Match<UnitEntry> = [{ unit: '人年', type: 'QUANTITY' }, 2];
/** Units of work or care over time, read only where a clause ends after them (人年, 人天, 人日, 人月, 床日). */
const PERSON_TIME = ['人年', '人天', '人日', '人月', '床日'];
/** The second characters of PERSON_TIME, tested first: a 人 is a frequent unit, and slicing it every time cost. */
const TIME_AFTER_PERSON = '年天日月';
/** After 人年, 人天, 床日: verbs of change and bounds that leave it the unit (42.5人年提高到, 98.5万人年左右). */
const PERSON_TIME_VERB_AFTER = ['提高', '增加', '增长', '减少', '下降', '上升', '占', '位居', '用于', '左右', '以上', '以下', '上下', '达到', '较', '比'];

/** Units a rate's slash may follow or end with: all but shares and times (%, 倍, 百分点). */
const perUnit = (t: MentionType) => t !== 'PERCENT' && t !== 'RATIO' && t !== 'PERCENT_POINT';
/** Denominators of a rate that are no unit alone: symbols of area and volume, pupils. */
/** A rate's period after its denominator, ·年 or /年 (元/生·年, 元/生/年, 元/户·月): its length, 0 if none. */
function timeTail(text: string, j: number): number {
  const c = codeAt(text, j);
  if (!isMiddleDot(c) && c !== 0x2f /* / */) return 0;
  const t = codeAt(text, j + 1);
  if (t === 0x5b66 /* 学 */ && codeIs(text, j + 2, 0x5e74 /* 年 */)) return 3;
  // (24元/平方米·采暖期: a heating season; session 48's review, cut to 元/平方米)
  if ((t === 0x91c7 /* 采 */ || t === 0x4f9b /* 供 */) && (text.startsWith('暖期', j + 2) || text.startsWith('暖季', j + 2))) return 4;
  // (a, d: annum and day in letters, kWh/(m²·a); session 47's review)
  return (t === 0x5e74 /* 年 */ || t === 0x6708 /* 月 */ || t === 0x5929 /* 天 */ || t === 0x65e5 /* 日 */ || ((t === 0x61 /* a */ || t === 0x64 /* d */) && CLASS[codeAt(text, j + 2) & 0xffff] !== Cls.LATIN)) &&
    !periodOpensWord(text, j + 2) ? 2 : 0;
}

/**
 * Whether the period's character before `at` opens a word with it (·年度, ·月份, ·年均): no period of a rate. A verb after
 * it does not (按0.6元/平方米·年征收, 按760元/月·人发放: session 48's review, cut before the period).
 */
function periodOpensWord(text: string, at: number): boolean {
  return PERIOD_WORD_AFTER.includes(text[at] ?? '\0');
}
const PERIOD_WORD_AFTER = '度份均底末初代级内中口民员数';
/**
 * The length of a denominator word at `j` (DENOMINATOR_WORDS), 0 if none; a head and its period run together (人年, 户月)
 * none where the period opens a word (元/户年底前, 元/人年度, 元/亩年均: session 48's hunt, 元/户年): their heads (人, 户,
 * 亩, 床) are no denominator words alone, the listed rate (元/户) is read instead.
 */
function denominatorWordAt(text: string, j: number): number {
  const w = DENOMINATOR_WORDS.longestLength(text, j);
  return w === 2 && (text.charCodeAt(j + 1) === 0x5e74 /* 年 */ || text.charCodeAt(j + 1) === 0x6708 /* 月 */) && periodOpensWord(text, j + 2) ? 0 : w;
}
/** ·, and the dots PDFs write for it (・ U+30FB, • U+2022, ‧ U+2027; 780元/人・月: session 48's review, cut to 元/人). */
const isMiddleDot = (c: number) => c === 0xb7 || c === 0x30fb || c === 0x2022 || c === 0x2027;

/** A rate's head after its period, ·人 or ·户 (元/月·人): its length, 0 if none. */
function headTail(text: string, j: number): number {
  // (4.42GB/月/户: a slash too; session 50's judge, cut to GB/月)
  if (!isMiddleDot(codeAt(text, j)) && codeAt(text, j) !== 0x2f /* / */) return 0;
  const t = codeAt(text, j + 1);
  return (t === 0x4eba /* 人 */ || t === 0x6237 /* 户 */) && !periodOpensWord(text, j + 2) ? 2 : 0;
}

const DENOMINATOR_WORDS = new Trie<true>();
// (not 生 alone: 50万元/生产线; a later review)
// (人口: 45.6例/10万人口 ended inside it; a later review)
for (const w of ['㎡', 'm²', 'm2', 'm³', 'm3', '学生', '吨公里', 'kg', 't', 'L', '桶', '箱', '间', '方', '人口']) DENOMINATOR_WORDS.add(w, true);
// (14.6吨/车, 1元/W, 1.2元/Wh, 12.6美元/百万英热单位, 2.15亿m³/d: session 47's reviews, cut before the slash)
for (const w of ['车', 'W', 'Wh', '英热单位', '英热', 'd', 'h', 'hm²', 'hm2', 'ha']) DENOMINATOR_WORDS.add(w, true);
// (353.4元/间夜, 412元/间·夜, 176.5美元/人天, 350元/床日: session 47's review, cut to 元/间, 美元/人, 元/床)
for (const w of ['间夜', '间·夜', '人天', '人日', '床日', 'FEU', 'bbl']) DENOMINATOR_WORDS.add(w, true); // (7000美元/FEU, 82美元/bbl)
// (3.8元/GB, 12元/兆, 1.2元/污染当量, 35元/吨二氧化碳当量: session 48's reviews, cut to 元 or 元/吨)
for (const w of ['GB', 'MB', 'TB', 'G', '兆', '兆焦', '兆焦耳', '兆字节', '兆瓦时', '污染当量', '当量', '吨二氧化碳当量', '吨CO2当量', '吨二氧化碳', '吨CO2']) DENOMINATOR_WORDS.add(w, true);
for (const w of ['手', '建筑平方米', '采暖期', '采暖季', '供暖季', '供暖期']) DENOMINATOR_WORDS.add(w, true); // (交易单位为10吨/手, 28元/建筑平方米, 38元/供暖季: session 48's reviews)
// (650元/人月, 5400元/人年, 800元/亩年, 1189元/人·次: a head and its period without a dot; session 48's review, cut to 元/人)
for (const w of ['人月', '人年', '床月', '户年', '户月', '亩年', '人·次', '人・次', '人•次']) DENOMINATOR_WORDS.add(w, true);
// (0.46元/人公里, 0.1元/人·公里, 0.3元/吨千米: fares per passenger-km; session 49's review, cut to 元/人 or 元/吨)
for (const w of ['人公里', '人·公里', '人・公里', '人千米', '人·千米', '吨千米', '吨·公里', '吨·千米']) DENOMINATOR_WORDS.add(w, true);
// (124.5元/50公斤, 13.5元/500克: grain and food prices per 50 kg, per 500 g; session 49's review, two mentions)
for (const w of ['50公斤', '50千克', '50斤', '500克', '500g', '50kg']) DENOMINATOR_WORDS.add(w, true);
// (350个/mm³, 200个/μl, 200个/微升, 2只/人·小时: counts per volume of blood or per person-hour; session 49's review, cut)
for (const w of ['mm³', 'mm3', '立方毫米', 'μl', 'μL', 'ul', 'uL', '微升', '人·小时', '人・小时', '人•小时']) DENOMINATOR_WORDS.add(w, true);
// (3800元/病例, 500元/病种, 120元/住院日, 2万元/张床位, 60元/人头: health financing's rates; session 49's review, cut to 元)
for (const w of ['病例', '病种', '住院日', '张床位', '床位', '人头', '机柜', '柜']) DENOMINATOR_WORDS.add(w, true); // (8kW/机柜: session 49)
// (0.63万人次/公里日, 280公里/车日, 1350元/车日, 8万元/艘天: a head and its period run together; session 51's review, cut at the head)
for (const w of ['公里日', '车日', '车天', '车月', '辆日', '台日', '艘天', '艘日', '吨天', '列日', '机日']) DENOMINATOR_WORDS.add(w, true);
// (0.033～1.146毫克/标立方米, 25mg/Nm³: a gas's volume at the normal state; session 51's review, cut to 毫克 or mg)
for (const w of ['标立方米', '标米', 'Nm³', 'Nm3', 'Nm^3', 'a']) DENOMINATOR_WORDS.add(w, true); // (2.3亿m³/a: per year; session 51's review)
/**
 * The length of a rate's denominator at text[i] (立方米, 千人, 万人, 桶, ㎡), 0 if
 * none: a unit, after 十/百/千/万 or not. After a count or a length, a
 * classifier with no 十/百/千/万 is no denominator: 1.2万台/套, 120万人/次, 3年/次
 * write one thing two ways or 人次 with a slash (D-61; a later review).
 */
function denominatorAt(text: string, i: number, numerator: UnitEntry, scaled: boolean, numeralEnd: number): number {
  // a power of ten before the unit: 万人, 十万人, 10万人, 100斤 (356起/10万人, 36.5例/十万人, 120元/100斤: a review, two
  // mentions); in digits only after a numerator of its own (3万人/1万户, 3000户/1万人 count one group twice, 3年/10万公里
  // are alternatives: a later review), and never into a unit's 千 (5万千瓦/10万千瓦时 are two amounts)
  const shape = digitsBefore(text, numeralEnd);
  let d = i;
  // (people per 10万人 with four or five digits, a census's 15467人/10万人: session 47's review, two counts)
  if (codeAt(text, d) === 0x31 /* 1 */ && !scaled && numerator.type !== 'DURATION' && numerator.unit !== '户' && shape.whole > 0 &&
    (shape.whole <= 3 || (shape.whole === 4 && shape.decimals) || (shape.whole <= 5 && numerator.unit === '人' && text.startsWith('0万人', d + 1)))) {
    d++;
    while (d < text.length && d - i < 4 && text.charCodeAt(d) === 0x30 /* 0 */) d++;
  }
  let k = d;
  while (k < text.length && k - i < 6 && isTenPower(text.charCodeAt(k)) && !(text.charCodeAt(k) === 0x5343 /* 千 */ && AFTER_QIAN_UNIT.has(codeAt(text, k + 1)))) k++;
  // digits need a 十/百/千/万 after them (5000人/1000户, 98分/100分, 50MW/100MWh are two amounts; a later review)
  // (a numerator with decimals is a rate's: 6.8张/1000人, 45.6辆/100户; a later review)
  // (not over a whole in the numerator's own unit, but people per people: 95.5分/100分, 856.5亩/1000亩 are two amounts,
  // 3.2人/1000人 a rate)
  if (k === d && !(d - i >= 3 && shape.decimals && (numerator.unit === '人' || !text.startsWith(numerator.unit, d)))) k = i;
  k -= i;
  const u = UNITS.longest(text, i + k);
  // (but a length per head and month, 386分钟/户·月, a phone's minutes of use: session 48's review, cut to 分钟)
  // (unless a longer denominator word opens there: 2只/人·小时; session 49's review)
  // (but a count with decimals is a rate's, 1.45人/床, 0.6名/床位, 1.6人/张: session 51's review, cut to a count of 1.45)
  if (k === 0 && u && u[0].type === 'COUNT' && ((numerator.type === 'COUNT' && (scaled || !shape.decimals)) || (numerator.type === 'DURATION' && !timeTail(text, i + u[1]))) && denominatorWordAt(text, i) <= u[1]) return 0;
  // (720元/生, 940元/生/年: 生 a student where no word goes on, not 50万元/生产线; session 46's review: cut after 元)
  let w = k === 0 && text.charCodeAt(i) === 0x751f /* 生 */ && CLASS[codeAt(text, i + 1) & 0xffff] !== Cls.CJK ? 1 : denominatorWordAt(text, i + k);
  // (a denominator word in digits, 50公斤, 500克, after a numerator with decimals only: 124.5元/50公斤 a rate, 118元/50公斤
  // two amounts as 120元/100斤 (D-111; session 49's judge))
  if (w > 0 && isDigit(codeAt(text, i + k)) && !shape.decimals) w = 0;
  const n = Math.max(u && perUnit(u[0].type) ? u[1] : 0, w);
  return n > 0 ? k + n : 0;
}
/**
 * The ASCII digits and points that end at `at` (a rate's numerator before its unit): its whole digits (those before
 * the first point) and whether its last point has digits after it within twelve characters (356起 → 3, no;
 * 2235.6例 → 4, yes). A rate's numerator has at most three whole digits, or four with decimals (not 5000人/1万户).
 */
function digitsBefore(text: string, at: number): { whole: number; decimals: boolean } {
  let k = at, whole = 0, decimals = false, pointSeen = false;
  while (k > 0 && ((text.charCodeAt(k - 1) >= 0x30 && text.charCodeAt(k - 1) <= 0x39) || text.charCodeAt(k - 1) === 0x2e)) {
    k--;
    if (text.charCodeAt(k) === 0x2e) {
      if (!pointSeen) { pointSeen = true; decimals = k < at - 1 && k >= at - 12; }
      whole = 0;
    } else whole++;
  }
  return { whole, decimals };
}
const isTenPower = (c: number) => c === 0x5341 || c === 0x767e || c === 0x5343 || c === 0x4e07 || c === 0x4ebf; /* 十百千万亿 (0.021人/亿元: session 47) */

/** A set of words looked up by prefix at a position. */
export class WordSet {
  private readonly t = new Trie<true>();
  constructor(words: readonly string[]) { for (const w of words) this.t.add(w, true); }
  /** Length of the longest word starting at text[i], 0 if none. */
  at(text: string, i: number): number {
    return this.t.longestLength(text, i);
  }
}

// Words that start like a unit but are nouns: after a number the unit is not
// one there (14亿多人口 is not 人, 2900多万家庭 not 家, 千亿台阶 not 台,
// 两位数 not 位, 零部件 not 部).
const NOT_UNITS = new Trie<true>();
for (const w of ['人口', '人民', '户籍', '家庭', '台阶', '位数', '部件', '门类', '只要', '只有', '只是', '条件', '条例', '项目', '批发', '批准', '名义', '名称', '名单', '起来', '起点', '场所', '场景', '期间', '期限', '期末', '期货', '轮渡', '元素', '地址', '担任', '担当', '担负', '担保', '担心', '标准台账', '本表', '本市', '本省', '本级', '本院', '本报告', '本法', '具有', '具体', '具备', '尾数', '尾号', '尾款', '尾矿', '尾气', '羽毛', '根据', '根本', '根源', '根治', '卷入', '剂量', '粒子', '扇区', '班次表',
  '标方面', // (3标方面: a bid section and 方面; session 49's hunt)
  '升级', '升高', // (鸿蒙4.0升级, 由58.2升高到62.7: no litres; session 49's review, 4 升)
  '瓶颈', '元宵', '元旦', '周期', '天然气', // (每五年一周期, 完成5000天然气用户安检: session 48's reviews, DURATION 1 周, 5000 天)
  '层级', '层次', '层面', // (三层级联动机制, 三层次公园体系: tiers, no storeys; session 48's review)
  '档案', '档次', '档期', '峰值', '峰会', '峰谷', '峰期', // (words after 档 and 峰)
  '基地', '基金', '基层', '基础', '基本', '基数', '基准', '基因', '基建', '基督', '基于', // (words after 基, the classifier of towers and lamps)
  '国际', // (3.15国际消费者权益日: a day's label, no 国 counted; session 48's review: COUNT 15 国; 12.4国家宪法日: 国家 below)
  // 周五集中学习, 周三集体备课: no episodes (集); 五道口: a place (a review)
  '集中', '集体', '集合', '集会', '集聚', '集结', '集团', '集约', '集市', '集成', '集资', '集散', '道口',
  '眼光', '眼睛', '眼前', '匹配', '针对',
  '个月子中心', '个月子会所', '千卡车', '大卡车',
  '区间', '克拉玛依', '米兰冬奥', '米兰-科尔蒂纳', '孔子', '编制', '编号', '编写', '编辑', '编码', '编组', '编外', '编内', '编印', '编纂', '编撰',
  '顶岗', '顶尖', '顶级', '顶层', '顶部', '顶端', '顶住', '顶梁', '顶替', '顶格', '顶峰',
  // (足金9999首饰, 云烟87种植面积: a fineness code and a variety's name before a word; 9.1万座席: seats, as 6万座位; session
  // 50's reviews, counts of 首, 种, 座)
  '地震', '地质灾害', '口罩', '次生灾害', // (九二一地震, 三一一地震: session 50's review, COUNT 地)
  // (3000村民, 300队员: session 50's review, counts of 村, 队; not 市民: 13市民营经济, nor 村医: 15村医务室, the hunt)
  '村民', '村干部', '村支书', '村务', '村级', '队员',
  // (not 管 in words: 三管齐下, 两管五改 stays a slogan, 12管理处; session 51)
  '管理', '管控', '管护', '管网', '管道', '管线', '管住', '管好', '管辖', '管制', '管养', '管用', '管廊', '管径', '管材', '管桩', '管段', '管委', '管区',
  '双碳', // (3060双碳目标: the 2030 and 2060 goals' digits; session 51's review, COUNT 3060 双)
  '柜台', '柜员', '柜面', '柜子', '柜机', '景区', '景点', '景观', '景色', '景气', '景象', '景德镇',
  '国家', // (12.4国家宪法日, and the datums named by year, D-33: 1985国家高程基准, 2000国家大地坐标系; sessions 48 and 51, counts of 国)
  '丛林', '丛书', '丛生', '穴位', '穗粒', '管齐下', '管五改', '管家', '管治', '管涌', '管局', '管所', '管到', '管长', '管片', '管井', '管窑', '管中',
  '人制足球', '人制篮球', '人制比赛', '人制赛事', '人制场地', // (5人制足球场: a format; not 50人制定方案, the hunt)
  '口之家', '罐头', '罐车', '罐装', '尊重', '尊严', '尊敬', '尊老', '尺度', '尺寸', '尺码', '比特币', '注:', '注：', '注册', '注明', '注入', '注重', '注意', '注销', '注资', '注水', '注射', '注释', '注塑', // (三口之家: a household's size, as 二人户 (D-114); session 50's review, COUNT 3 口)
  '首饰', '种植面积', '种植比例', '种植规模', '种植结构', '座席', // (not 种植户: 2000多种植户 then read as a year; the judge)
  '圆满', '圆桌', '圆形', '圆心', '圆周', '圆梦', '圆了']) NOT_UNITS.add(w, true); // (二億三千萬圓: the older reports' written 元, session 46's review; not 圆满, 圆梦) // (2026米兰冬奥会: the games in Milan, session 43's review; not 100米兰花, metres) // (1200顶岗实习学生, 5顶尖团队: session 42's second review) // (3000亿区间: no districts; 200万克拉玛依市民: a city; session 39's reviews) // (5个月子中心: no five months, a later review; 3个月子女抚养费 is)
/** Words that begin with a two-character administrative unit but cut it (地市场, 市县域): the first character is the unit. */
const SHORTER_UNIT_WORDS = new Trie<true>();
// (三个周边国家, 两个周末, 两个周期: no weeks, 个 counts; session 39's review: DURATION 个周)
// (两部委托, 三部委员: 委 opens a word; 3省市场监管: 场 does; session 46's reviews)
for (const w of ['部委托', '部委员', '省市场', '省市民', '地市场', '地市民', '市县域', '市县级', '市县两级', '个周期', '个周边', '个周末', '个周转', '个周年',
  '个周一', '个周二', '个周三', '个周四', '个周五', '个周六', '个周日',
  '台币钞', '台币值', '台币点', // (5台币钞清分机: machines; session 50's 台币)
  '头只有', '头只占', '头只能', '头只是', '头只剩', '站日最', '站日降水', '站日降温', '站日雨量', '站日照', '站日极', '站日平', '站日气', '个流量监测', '个流量计', '个流量站', '个流量观测']) SHORTER_UNIT_WORDS.add(w, true); // (2万头只占: 只 an adverb; session 50's review, 头只)
// (3起次生灾害, 3座次高压调压站, 3000套次新房, 12起次日: 次 opens a word after session 48's 次 classifiers; its hunt: 3起次)
// (3种次生灾害, 300箱次氯酸钠, 120箱次品白酒: after session 51's 种次, 箱次, 票次; its hunt)
for (const u of ['本', '张', '趟', '组', '所', '村', '栋', '起', '套', '队', '案', '校', '座', '只', '种', '箱', '票']) {
  for (const w of ['生', '日', '年', '级', '要', '之', '序', '高压', '新房', '新股', '优', '氯', '品']) SHORTER_UNIT_WORDS.add(`${u}次${w}`, true);
}

// Nouns after a number with 万 or 亿 only (found by review: 50万市民, 1.2亿国内游客, 300万本地居民, 120亿支出, 1万国家级项目);
// after a small count they begin with a classifier (13市民营经济, 15村民主选举, 20家长三角企业: a later review)
// (not 家长, 股东, 股权: 2万家长三角企业 counts 家, 1亿股东方证券股份 股; a later review)
// (国 never: no count of 10^4 countries; 1万亿国债, 3万国有企业职工, 2000亿国防预算: session 36's review)
// (3万员工, 1.2万岗位, 20万种植户, 6万团员: nouns, no 员, 岗, 种, 团; a review; not 股民: 2亿股民生银行普通股, a later one)
// (one walk of a trie: a loop of startsWith here ran for every unit after 万 or 亿, 万元 and 亿元 among them)
const NOT_UNITS_AFTER_SCALE = new Trie<true>();
// (300万台湾同胞, 2.3亿支持科技创新, 2000万个人所得税, 6万座位, 3万名额: session 41's review, 台, 支, 个, 座, 名)
for (const w of ['市民', '市场', '村民', '国', '乡镇', '乡村', '本地', '本土', '地方', '支出', '员工', '岗位', '种植户', '种植业', '种植大户', '团员',
  '台湾', '台胞', '台资', '台商', '台港', '支持', '支付', '支援', '支撑', '座位', '名额',
  // (个 before 人民调解委员会, 人大代表联络站, 人才驿站 counts: only 个人's words of money and clients; the second review;
  // 1.2亿个人客户, session 42)
  '个人所得税', '个人创业', '个人住房', '个人消费', '个人贷款', '个人养老', '个人客户', '个人存款', '个人储蓄', '个人账户', '个人信用', '个人投资', '个人网银', '个体经营', '个体工商',
  '个人参保', '个人缴费', '个人医保', '个人开发者', '个人用户', '套餐用户', // (1000万个人参保人员, 1200万个人开发者, 9.4亿套餐用户: session 49's reviews)
  '位居', '位列', '位于', '次于', // (11.08亿位居世界第一, 2.1亿次于美国: verbs after the scale; session 49's review, units 位, 次)
  // (1200万地震灾民, 28.4万地质灾害隐患点, 300万台风灾区群众, 1.2万队员, 120万口粮困难群众, 3万县城居民, 12万次生灾害隐患点:
  // session 50's review of relief, units 地, 台, 队, 口, 县, 次)
  '地震', '地质', '地灾', '台风灾', '台风影响', '台风受灾', '队员', '队伍', '口粮', '口罩', '县城', '次生灾害', // (not 1.2万台风电机组, 1.2万次生态巡查: the hunt)
  // (2.6万村邮站, 100万站点, 5万站址, 5万村级快递服务点: session 48's review, units 村, 站)
  '村邮站', '村邮', '村级', '站点', '站址',
  // (120万天然气用户, 2万周边群众, 5万方便食品, 200万年轻退役军人, 3万日常生活困难的老兵: session 48's review, 天, 周, 方, 年, 日)
  '天然气', '周边', '方便', '年轻', '日常', '家属', '户外']) NOT_UNITS_AFTER_SCALE.add(w, true); // (1.2万户外招牌: session 48, 户)
/**
 * Where a noun of the lists above starts, the classifier before another word instead (1.2万座位于农村, 1万座位列全省第一,
 * 1万名额外的教师; 30万名义务教育阶段学生, 120名义务兵: 名义 cut them, session 41's review).
 */
const CLASSIFIER_BEFORE_WORD = ['座位于', '座位列', '座位居', '名额外', '名义务'];
const classifierBeforeWord = (text: string, i: number) => CLASSIFIER_BEFORE_WORD.some((w) => text.startsWith(w, i));

/** Time units of a rate spoken with 每 (米每秒). */
const PER_TIME = ['小时', '分钟', '秒钟', '秒'];
const YEARLY_LENGTHS = ['毫米', '厘米', '米', '公里', '千米'];
const MASSES = ['千克', '公斤', '克', '毫克', '微克'];
/** What a mass before a rate's slash may be of: an emission's gas (MASSES and 吨 before it). */
const EMITTED = ['二氧化碳', 'CO2', 'CO₂'];
const SMALL_CN_DIGIT = '一二三四五六七八九两';
/** The characters rareUnit looks at: 桶 and 伏 as units, 二 and C after a mass (二氧化碳, CO2). */
const RARE_UNIT_CHAR = charTable('桶伏二C');
/**
 * Session 49's readings of a few units (undefined where none applies): barrels of crude oil a volume (日产原油400万桶), volts
 * after a number of ten or more only (220伏, 十一万伏; not 三伏天, 二伏: the summer's periods), a mass of what is emitted per
 * unit one rate (0.5366吨二氧化碳/兆瓦时, 0.58千克CO2/千瓦时; not 5万吨二氧化碳 alone, D-110).
 */
function rareUnit(text: string, i: number, u: Match<UnitEntry>): Match<UnitEntry> | null | undefined {
  if (u[1] === 1) {
    const c = text.charCodeAt(i);
    if (c === 0x6876 /* 桶 */) return oilBefore(text, i) ? BARRELS : undefined;
    if (c === 0x4f0f /* 伏 */) return i > 0 && SMALL_CN_DIGIT.includes(text[i - 1]) && !(i > 1 && CLASS[text.charCodeAt(i - 2)] === Cls.CNUM) ? null : undefined;
  }
  if (u[0].type !== 'QUANTITY' || !(u[0].unit === '吨' || MASSES.includes(u[0].unit))) return undefined;
  const g = EMITTED.find((w) => text.startsWith(w, i + u[1]));
  const o = g ? i + u[1] + g.length : -1;
  if (!g || text.charCodeAt(o) !== 0x2f /* / */) return undefined;
  const d = denominatorAt(text, o + 1, u[0], false, i);
  if (d === 0) return undefined;
  const unit = text.slice(i, o + 1 + d);
  return [{ unit, type: 'QUANTITY' }, unit.length];
}

const BARRELS: Match<UnitEntry> = [{ unit: '桶', type: 'QUANTITY' }, 1];
/**
 * Whether crude oil (原油, 石油, 产油, 采油, 油田) stands in the sentence before a barrel at `i`, at most twenty-four
 * characters back over commas (原油库存减少了350万桶，降至4.2亿桶); not 食用油 (session 49's judges).
 */
function oilBefore(text: string, i: number): boolean {
  let n = i;
  while (n > 0 && (isNumeralChar(text.charCodeAt(n - 1)) || text.charCodeAt(n - 1) === 0x2e /* . */)) n--;
  for (let k = i - 1; k >= 0 && k >= i - 24; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x6cb9 /* 油 */ && ('原石产采'.includes(text[k - 1] ?? '\0') || text[k + 1] === '田')) return true;
    // (over a comma only where the clause goes on to a new level, 降至4.2亿桶; 发放矿泉水5000桶 names its own thing)
    if (CLASS[c] === Cls.PUNCT && c !== 0x2e /* . */ && !((c === 0x2c /* , */ || c === 0xff0c /* ， */) && LEVEL_BEFORE.test(text.slice(k + 1, n)))) return false;
  }
  return false;
}
const LEVEL_BEFORE = /^[^，,]{0,8}?(?:至|到|为|达|达到)$/;
const PER_VOLUME = ['立方米', '升'];

/** The longest unit or classifier starting at text[i], with its length; null where the text there is a noun that begins like one (人口, 台阶). */
export function unitAt(text: string, i: number): Match<UnitEntry> | null {
  const u = UNITS.longest(text, i);
  if (!u) return null;
  if (u[1] === 1 && CLOSING_CLASSIFIER[text.charCodeAt(i)] === 1 && !closingClassifier(text, i)) return null;
  // (session 49's barrels, volts and emissions: one test of the unit's or the next character here, the rest in rareUnit;
  // their tests inline grew unitAt past TurboFan's inlining into its callers, 3% of the extractor in bench:pair)
  if ((u[1] === 1 && RARE_UNIT_CHAR[text.charCodeAt(i)] === 1) || RARE_UNIT_CHAR[text.charCodeAt(i + u[1])] === 1) { const r = rareUnit(text, i, u); if (r !== undefined) return r; }
  // 3.5元/立方米, 75美元/桶, 35.5辆/千人: a rate written with a denominator the list lacks (a review: cut after 元)
  const afterUnit = text.charCodeAt(i + u[1]);
  if (afterUnit === 0x2f /* / */ && perUnit(u[0].type)) {
    const d = denominatorAt(text, i + u[1] + 1, u[0], i > 0 && CN_SCALE[text.charCodeAt(i - 1)] >= 4, i);
    if (d > 0) {
      const e = i + u[1] + 1 + d;
      // (760元/月·人, 600元/月·户: the period first, then the head; session 47's review, cut to 元/月)
      const unit = text.slice(i, e + (timeTail(text, e) || headTail(text, e)));
      return [{ unit, type: u[0].type === 'MONEY' ? 'MONEY' : 'QUANTITY' }, unit.length];
    }
    // 9.8吨/（平方公里·月）, 2.3千克/(公顷·年): the denominator and its period in brackets (session 47's review: cut to 吨)
    const o = i + u[1] + 1;
    if (codeAt(text, o) === 0x28 /* ( */) {
      const b = denominatorAt(text, o + 1, u[0], false, i);
      const e = o + 1 + b;
      const close = e + timeTail(text, e);
      if (b > 0 && codeAt(text, close) === 0x29 /* ) */) {
        const unit = text.slice(i, close + 1);
        return [{ unit, type: u[0].type === 'MONEY' ? 'MONEY' : 'QUANTITY' }, unit.length];
      }
    }
  }
  // 280元/人天, 120元/人日, 1250元/床日: a listed rate (元/人) whose denominator goes on into a longer word (session 47's second
  // hunt: 元/人)
  if (u[0].type === 'MONEY' && u[1] >= 3 && text.charCodeAt(i + u[1] - 2) === 0x2f /* / */) {
    const w = denominatorWordAt(text, i + u[1] - 1);
    if (w > 1) { const unit = text.slice(i, i + u[1] - 1 + w); return [{ unit, type: 'MONEY' }, unit.length]; }
  }
  // 500元/户·年, 30元/平方米·月: a listed rate and its period (session 46's review: cut before ·年)
  if (isMiddleDot(afterUnit) && u[0].unit.includes('/')) {
    const t = timeTail(text, i + u[1]) || headTail(text, i + u[1]);
    if (t > 0) { const unit = text.slice(i, i + u[1] + t); return [{ unit, type: u[0].type }, unit.length]; }
  }
  // 8600立方米每秒, 32.5米每秒, 350公里每小时: a rate spoken with 每, as 立方米/秒 is written (D-85; session 41's review: the
  // volume or the length alone); time denominators only (节水500万立方米每年可减少…: no rate)
  if (u[0].type === 'QUANTITY' && text.charCodeAt(i + u[1]) === 0x6bcf /* 每 */) {
    // (22.5千克每立方米, 35公斤每立方米: a mass per volume, a concentration; session 48's review, cut to a mass)
    const t = PER_TIME.find((w) => text.startsWith(w, i + u[1] + 1)) ?? (MASSES.includes(u[0].unit) ? PER_VOLUME.find((w) => text.startsWith(w, i + u[1] + 1)) : undefined) ??
      // (地面沉降速率30毫米每年以上, 海平面上升3.5毫米每年: a length a year closing its phrase or before a bound; session 50's review,
      // cut to 毫米; not 500万立方米每年可减少, a new clause's 每年)
      (YEARLY_LENGTHS.includes(u[0].unit) && codeIs(text, i + u[1] + 1, 0x5e74 /* 年 */) && (phraseEndsAt(text, i + u[1] + 2) || qualifierAfter(text, i + u[1] + 2) !== null) ? '年' : undefined);
    if (t) { const unit = `${u[0].unit}每${t}`; return [{ unit, type: 'QUANTITY' }, unit.length]; }
  }
  // 100～199张床位医院, 500张床位以上: 张 counts beds, 床位 the noun (session 47's review: unit 张床, its 以上 lost)
  if (u[1] === 2 && codeAt(text, i + 2) === 0x4f4d /* 位 */ && u[0].unit === '张床') return ZHANG;
  // 13市亩均税收, 16市亩产: 市 counts cities and 亩均, 亩产 follow (市亩 is an old unit of area only before other words)
  if ((u[0].unit === '市亩' || u[0].unit === '市斤') && (text.charCodeAt(i + 2) === 0x5747 /* 均 */ || text.charCodeAt(i + 2) === 0x4ea7 /* 产 */)) return CITY;
  if (NOT_UNITS.longestLength(text, i) > u[1] && !classifierBeforeWord(text, i)) return null;
  // (6个月昼夜施工, 3个月夜间巡逻, 3个月夜以继日, 3个月夜班: months, 昼夜 and 夜间 words of their own; session 50's hunt)
  if (u[1] === 3 && (u[0].unit === '个月昼' || u[0].unit === '个月夜') && '夜间以班晚里'.includes(text[i + 3] ?? '\0')) return MONTHS;
  // 5平方厘米, 3平方毫米: 平方 (spoken square metres) opens another unit of area the list lacks (session 42's second review)
  if (text.charCodeAt(i) === 0x5e73 /* 平 */) {
    if (u[0].unit === '平方' && text.startsWith('平方里', i) && SQUARE_LI_END.test(text.slice(i + 3, i + 5))) return null;
    // 5000平方码头, 3000平方尺度适中, 120平方尺寸: 平方 (square metres) before a word, no 平方码 or 平方尺 (the reviews)
    if (u[1] === 3 && SQUARE_WORD_AFTER[u[0].unit]?.includes(text[i + 3] ?? '\0')) return SQUARE_METRES;
  }
  // 三地市场, 两地市民, 11市县域经济, 13市县两级: the classifier alone, its longer unit crosses into a word (a later review)
  // (地 so only after a Chinese numeral: 两地, 三地 are places; 16地市民营企业, 14地市场馆 are prefectures; a later review)
  if (u[1] >= 2 && SHORTER_UNIT_WORDS.longestLength(text, i) > u[1] && (u[0].unit !== '地市' || (i > 0 && CLASS[text.charCodeAt(i - 1)] === Cls.CNUM))) return [{ unit: text[i], type: 'COUNT' }, 1];
  // 12.5万人年。: person-years closing a clause (R&D's full-time equivalent; a review: 人); not 人年均, 人年龄, 人年底
  // (also before 和, 及, 与, a space or the end: 3.2万人年、1.5万人年和0.8万人年; a later review)
  // (3.2万人天, 560人月, 56万床日 alike: session 42's review, a count of 人 or 床; not 3人日前)
  if (u[1] === 1 && (text.charCodeAt(i) === 0x4eba /* 人 */ || text.charCodeAt(i) === 0x5e8a /* 床 */) && TIME_AFTER_PERSON.includes(text[i + 1] ?? '\0') && PERSON_TIME.includes(text.slice(i, i + 2)) &&
    (i + 2 >= text.length || CLASS[text.charCodeAt(i + 2)] === Cls.PUNCT || CLASS[text.charCodeAt(i + 2)] === Cls.SPACE || '和及与'.includes(text[i + 2]) ||
      // (42.5人年提高到, 98.5万人年左右, 325万人年增加到: before a verb of change or a bound; session 48's review, 42.5 人; not
      // 人年收入, 人年龄)
      PERSON_TIME_VERB_AFTER.some((w) => text.startsWith(w, i + 2)))) {
    return text.charCodeAt(i + 1) === 0x5e74 /* 年 */ ? PERSON_YEARS : [{ unit: text.slice(i, i + 2), type: 'QUANTITY' }, 2];
  }
  // (一亿多市场主体, 2亿余市民: 多 or 余 between the scale and the noun; session 46's review: unit 市)
  if (i > 0 && (CN_SCALE[text.charCodeAt(i - 1)] >= 4 || ((text.charCodeAt(i - 1) === 0x591a /* 多 */ || text.charCodeAt(i - 1) === 0x4f59 /* 余 */) && i > 1 && CN_SCALE[text.charCodeAt(i - 2)] >= 4)) &&
    NOT_UNITS_AFTER_SCALE.longestLength(text, i) > 0 && !classifierBeforeWord(text, i)) return null;
  return u;
}

const PREFIX_QUALIFIERS = new SuffixTrie<Qualifier>();
for (const w of ['超过了', '突破了', '超', '逾', '突破', '已满', '年满', '至少', '达到或超过', '以上', '破', '跨越', '跨过', '越过', '最低', '最少',
  '迈过']) PREFIX_QUALIFIERS.add(w, 'over'); // (迈过3万亿元大关: as 越过; session 51's review, exact; not 冲破, 冲破1.2米厚的冰层)
// 过 is "exceeding" after an amount's name (产值过10亿元, 2334个过2000万元), not after a verb (走过, 经过)
for (const w of ['值过', '额过', '量过', '模过', '入过', '均过', '个过', '家过']) PREFIX_QUALIFIERS.add(w, 'over');
for (const w of ['近', '将近', '接近', '不足', '不到', '不满', '不得过', '最长可放宽至', '最多可放宽至', '可放宽至', '未满', '未年满', '尚未年满', '最多', '最高']) PREFIX_QUALIFIERS.add(w, 'under');
for (const w of ['约', '大约', '大概', '约为', '约有', '约达', '约计', '约合', '大约有', '约占', '约需', '约需要', '大约需要', '约增长', '约可',
  // (约提高1.2个百分点, 约下降3%, 约减少12万人: as 约增长; a review: exact)
  '约提高', '约下降', '约上涨', '约上升', '约降低', '约减少', '约增加', '约新增', '约完成',
  // (差不多三分之一, 结案率差不多95%, 差不多增长了一倍, 大概缩短了三分之一: session 49's reviews, exact)
  '差不多', '差不多是', '差不多有', '差不多占', '差不多为', '差不多达到', '差不多增长了', '差不多增加了', '差不多提高了', '差不多翻了', '差不多增长',
  '大概缩短了', '大概增长了', '大概增加了', '大概提高了', '大概减少了']) PREFIX_QUALIFIERS.add(w, 'approx');
// (几乎达到100%, 几乎占一半, 几乎增长了一倍: "almost", as 近; session 49's reviews, exact)
for (const w of ['几乎', '几乎是', '几乎达到', '几乎占', '几乎增长了', '几乎增加了', '几乎翻了', '几乎为']) PREFIX_QUALIFIERS.add(w, 'under');
// The comparisons, each once: 大于 and 小于 read as 高于 and 低于 do (D-34), 长于/短于 and 超出 as 超过 (session 50's
// review, exact); with their forms of "or equal" (大于或者等于80毫克: session 43's review, exact). Every modal before a
// comparison negates it, as 不得 does (D-87): 坡度不宜大于8%, 保护半径不应高于150米, 执勤人员不可少于5人 (session 50's
// review: these read the comparison's own bound before)
const MORE_THAN = ['大于', '高于', '多于', '超过', '超出', '长于'];
const LESS_THAN = ['小于', '低于', '少于', '短于'];
for (const w of [...MORE_THAN, '大于等于', '大于或等于', '大于或者等于']) PREFIX_QUALIFIERS.add(w, 'over');
for (const w of [...LESS_THAN, '小于等于', '小于或等于', '小于或者等于']) PREFIX_QUALIFIERS.add(w, 'under');
for (const neg of ['不', '不得', '不宜', '不应', '不能', '不可', '不准', '不要', '不会', '不应当', '不应该', '不可以', '不允许']) {
  for (const w of MORE_THAN) PREFIX_QUALIFIERS.add(neg + w, 'under');
  for (const w of LESS_THAN) PREFIX_QUALIFIERS.add(neg + w, 'over');
}
// negated bounds (未超过3%, 没有超过, 未突破60%, 不突破, 未高于: at most; 未低于: at least): session 46's review read the bound
// without its 未, over where under is meant (the longest entry wins over 超过)
for (const w of ['未超过', '没有超过', '并未超过', '均未超过', '都未超过', '从未超过', '未超', '未突破', '没有突破', '不突破', '不能突破', '不得突破', '未高于', '没有高于', '未多于'])
  PREFIX_QUALIFIERS.add(w, 'under');
for (const w of ['未低于', '没有低于', '并未低于', '不下于', '未少于', '没有少于']) PREFIX_QUALIFIERS.add(w, 'over');
// (月营业额未达到5000元, 未达5000元: as 不到; session 48's review, exact)
for (const w of ['未达到', '未达', '没有达到', '尚未达到', '均未达到']) PREFIX_QUALIFIERS.add(w, 'under');
/** Changes with a cap or a floor (最多减产两成; 最少增产两成), or the extreme observed in a set (OBSERVED_SET). */
const CHANGE_CAPS = ['最多增加', '最多减少', '最多增产', '最多减产'];
const CHANGE_FLOORS = ['最少增加', '最少减少', '最少增产', '最少减产'];
// (期限最长3年, 最长为1年, 最长可达30年: at most, as 最多; 最短3个月: at least; session 47's review, exact)
for (const w of ['最长', '最长为', '最长可达', '最长达', '最多可达', '最高可达', '最多为', '跌破', '最长期限', '最长期限为', '最长贷款期限为', '最高额度为', '最高年限为', '最高可中', '最高可获', '最多可获', '最高可获得', // (最高可中1000万元: a prize's cap; session 50's review, exact)
  '最高可获补助', '最高可获奖金', '最高可享受', '最多可获批',
  // (每人每年最高补贴5000元, 最多报销3次, 最长补助10个月: caps; session 50's review, exact)
  '最高补贴', '最高补助', '最高资助', '最高奖励', '最高补贴标准为', '最多补贴', '最多可补贴', '最多报销', '最多享受', '最长补助',
  '最多可延长', '最长可延长至', '最长可延长', '最多推荐', '最多连任', '最高给予', '最多给予', // (the second round)
  '最高奖补', '最高可报销', '最高保额', '最高保障', '最高支付限额', '补贴上限为', '上限为', '最多可投',
  // (公积金贷款最高可贷120万元, 额度最高上浮30%, 最长发放36个月, 最高偿付限额为人民币50万元, 上限放宽至51%: caps; session 51's
  // reviews, exact)
  // (not 限额为 alone: 债务限额为52.8万亿元 is the quota approved, its own figure; the review's judge)
  '最高可贷', '最高上浮', '最高可上浮', '最高可上浮至', '最高上浮至', '最长发放', '最长可发放', '最高偿付限额为', '最高支付限额为', '最高救助限额为', '最高限额为',
  '上限放宽至', '上限提高至', '上限提高到', '上限调整为', '上限设定为',
  // (期限最多可延长至24个月, 最长可领取24个月, 最高可申请30万元, 最多减产两成: caps; session 51's second round, exact)
  // (not 最多增加, 最多减产…: as often the largest change observed, 各市州最多增加12.3万人; the hunt)
  '最多可延长至', '最长可延至', '最多可顺延至', '最长可领取', '最多可领取', '最长领取', '最高可领取', '最多领取', '最高可申请', '最多可申请',
  '最多可提前', '最长可贷', '最长领取期限为', '最长贷款期限', '年限最高为', '年期最高为', '期限最高为',
  // (对个人最高可处以100万元罚款, 最高罚款100万元, 最高可判处七年, 最长可拘留15日: penalties' caps; session 51's review, exact)
  '最高可处', '最高可处以', '最高处以', '最高可罚款', '最高罚款', '最高罚款额为', '最高可判处', '最长可拘留',
  // (最多减产两成, 每亩最多增产80公斤: a cap or a forecast's worst; but not the largest change observed in a set, qualifierBefore)
  ...CHANGE_CAPS]) PREFIX_QUALIFIERS.add(w, 'under');
for (const w of CHANGE_FLOORS) PREFIX_QUALIFIERS.add(w, 'over');
// (缴存比例下限为5%: a floor, as 上限为 a cap; session 51's review, exact)
for (const w of ['下限为', '下限调整为', '下限设定为', '下限提高至', '下限提高到']) PREFIX_QUALIFIERS.add(w, 'over'); // (the third: pledges)
for (const w of ['约低', '约高', '约低于', '约高于', '约偏高', '约偏低', '约偏多', '约偏少', '约回落']) PREFIX_QUALIFIERS.add(w, 'approx'); // (比…约低7个百分点, 约偏高0.5℃: session 47's reviews, exact)
// (最低服务年限为5年, 最短服务期为5年: a required minimum; 起码30天 as 至少: session 50's reviews, exact)
for (const w of ['最短', '最短为', '最少推荐', '最低服务年限为', '最低服务年限', '服务年限最低为', '最短服务期为', '最短服务期', '最低服务期为', '起码',
  '最低缴费年限为', '最低缴费年限', '最低年限为', '最短发放', '最短可发放']) PREFIX_QUALIFIERS.add(w, 'over'); // (最低缴费年限为15年, 最少增产两成: session 51's second round, exact)
// (不及1%: as 不足; 大致为, 大体为, 大概在: as 大约为; session 46's reviews, exact)
PREFIX_QUALIFIERS.add('不及', 'under');
// (≥35℃, >75微克/立方米, ≤75: the signs of 大于等于, 大于, 小于等于 (D-34); session 46's review: exact; the full-width ＞ ＜ fold to these)
for (const w of ['≥', '>', '⩾']) PREFIX_QUALIFIERS.add(w, 'over');
for (const w of ['≤', '<', '⩽']) PREFIX_QUALIFIERS.add(w, 'under');
for (const w of ['大致为', '大体为', '大致在', '大体在', '大概在', '大约在', '大概为', '大约是', '大概是', '大致是', '大体是', '大体上是', '大体上为', '大致上是', '大体有', '大概有'])
  PREFIX_QUALIFIERS.add(w, 'approx');
// `以上` as a prefix means "the following", never a qualifier
PREFIX_QUALIFIERS.add('以上', 'exact');

/** Characters that make a verb with the 约 after them (签约, 预约, 节约, 违约…): that 约 is no "about". Not 失, 合, 制, 条: 损失约, 折合约, 编制约, 每条约 are "about". */
const YUE_VERB_BEFORE = new Set([...'签预节违履公契特邀相毁解践赴守']);
/**
 * Every character that makes a word with the 约 after it (签约, 合约, 制约, 条约, 集约, 婚约, 续约, 按约, 租约, 缔约, 如约,
 * 依约…): no "about" before a verb (合约上涨, 制约下降) nor a few characters back (read.ts: 解约需支付).
 */
export const YUE_WORD_BEFORE: ReadonlySet<string> = new Set([...'签预节违履公契特邀相毁解践赴守合制条集婚续按租缔如依']);

/**
 * Words ending in the 约 at k that YUE_WORD_BEFORE leaves out for the sake of their "about" elsewhere: 失约 (not 损失约,
 * 流失约, 缺失约, 灭失约, 漏失约), 爽约, 背约, 隐约, 纽约, 协约 (after 签, 订, 边, 方, 的: not 政协约, 科协约), 村规民约 (session 39's reviews; 立约 was tried and dropped: 建立约需), 合约 after 签, 订, 交 (not 折合约).
 */
export function yueNounBefore(text: string, k: number): boolean {
  const b = text[k - 1], b2 = text[k - 2] ?? '\0';
  // (失约 only where 失 opens the word, after a party or a count of times: 当事人失约, 对方失约, 多次失约, 累计失约; not 损失约,
  // 流失约, 错失约, 淋失约, 交通枢纽约120个: session 40's reviews)
  return (b === '失' && !'损流缺丢遗消散灭漏过走丧疏误闪错坐痛迷亡淋冲渗耗逸挂报盗'.includes(b2) && (CLASS[b2.charCodeAt(0)] !== Cls.CJK || '人方次再屡曾均计业户位'.includes(b2) || timesAfter(text, k + 1))) ||
    '爽背隐'.includes(b) || (b === '纽' && b2 !== '枢') || (b === '协' && '签订边方的署立成'.includes(b2)) || (b === '民' && b2 === '规') ||
    // (签订合约3份, 成交合约1.2万手: not 折合约; session 40's review)
    (b === '合' && '签订交的立'.includes(b2));
}

/** A count of times at `i` (3次, 两回, 5例, 12人次): what 失约, a verb, is counted in (患者失约3次; session 40's review). */
function timesAfter(text: string, i: number): boolean {
  let k = i;
  while (k < text.length && (CLASS[text.charCodeAt(k)] === Cls.DIGIT || CLASS[text.charCodeAt(k)] === Cls.CNUM)) k++;
  return k > i && ('次回例'.includes(text[k] ?? '\0') || text.startsWith('人次', k));
}

/** Before 条约: 条 a classifier, 约 "about" (每条约30元, 这条约15公里长的河道, 一条约12公里的通道; a later review). */
const NOT_TREATY_BEFORE = '每这那该此哪多几首单各';

/** Ends of an amount's name (点击量, 销售额, 产值, 人数, 收入): 破 after them is "past" before digits too. */
const AMOUNT_NAME_END = '量额值数入房首客'; // (票房破10亿元: session 48's review; 首破, 旅客破2000万人次: session 49's, exact)
/** Before 破 these make a verb of breaking or solving (侦破, 打破, 攻破, 击破, 爆破, 识破): no "past". */
const NOT_PAST_PO = '侦打攻击爆识';
/** Before 近 these make "nearby" or "latest" (附近, 就近, 邻近, 最近): no "nearly". */
const NEAR_WORDS = '附就邻最';

/** A set whose members' changes a 最多/最少 compares (各县区中, 各市州…均有增加, 其中). */
const OBSERVED_SET = /(?:各[^，。；;]{0,8}(?:中|均)|均有|其中|案件中|查处的|开出的|单笔)[^。；;]*$/;
/** Caps and floors that name an observed extreme in a set (OBSERVED_SET). */
const SET_EXTREMES = new Set([...CHANGE_CAPS, ...CHANGE_FLOORS, '最高罚款', '最高罚款额为']);
export function qualifierBefore(text: string, i: number): Match<Qualifier> | null {
  const m = PREFIX_QUALIFIERS.longestBefore(text, i);
  // 签约达120个, 节约1.2亿元: a verb holding 约 is not a qualifier (spec §4)
  if (m && text.charCodeAt(i - m[1]) === 0x7ea6 /* 约 */ && i - m[1] > 0 && YUE_VERB_BEFORE.has(text[i - m[1] - 1])) return null;
  // 村规民约156个, 友好城市条约12项, 失约3次, 签订协约12项: nouns ending in 约 (not 居民约3000人, 每条约30元, 损失约3亿元;
  // session 39's review: approx), the words the look back for 约占 knows too
  if (m && m[1] === 1 && text.charCodeAt(i - 1) === 0x7ea6 /* 约 */ && i >= 2 &&
    (yueNounBefore(text, i - 1) || (text[i - 2] === '条' && i >= 3 && !NOT_TREATY_BEFORE.includes(text[i - 3]) && !isNumeralChar(text.charCodeAt(i - 3))))) return null;
  // 合约上涨3.2%, 制约下降12%, 如约完成, 续约增加: before 约 and a verb, any word holding 约 (a later review)
  // (编制约减少2000名: 编制 and 约减少; a later review)
  if (m && m[1] >= 3 && text.charCodeAt(i - m[1]) === 0x7ea6 /* 约 */ && i - m[1] > 0 && YUE_WORD_BEFORE.has(text[i - m[1] - 1]) &&
    !(text[i - m[1] - 1] === '制' && text[i - m[1] - 2] === '编')) return null;
  // 附近3个村, 就近1.2万人, 邻近2个县: "nearby", no 近 (found by review; a test here, not words in the trie, which cost speed);
  // 最近3个月: "the latest", all of them (session 36: was under)
  if (m && m[1] === 1 && text.charCodeAt(i - 1) === 0x8fd1 /* 近 */ && i >= 2 && NEAR_WORDS.includes(text[i - 2])) return null;
  // 各市州常住人口均有增加，最多增加12.3万人, 各县区中最多减少3个百分点: the largest or smallest change observed in a set, no
  // bound (session 51's hunt and judge)
  // (全年查处的案件中，单笔最高罚款额为320万元: the largest fine imposed; the hunt)
  if (m && m[1] >= 4 && text.charCodeAt(i - m[1]) === 0x6700 /* 最 */ && SET_EXTREMES.has(text.slice(i - m[1], i)) && OBSERVED_SET.test(text.slice(Math.max(0, i - 40), i - m[1]))) return null;
  // 出超十六亿元, 入超57亿美元: the older reports' trade surplus and deficit, nouns holding 超 (spec §4; session 51's review: over)
  // (not 收入超亿元, 支出超, 投入超: a verb's object before 超)
  if (m && m[1] === 1 && text.charCodeAt(i - 1) === 0x8d85 /* 超 */ && (text[i - 2] === '出' || text[i - 2] === '入') && !'收投输流进纳融介加深引归列注录支产付外演'.includes(text[i - 3] ?? '\0')) return null;
  // 破亿人次, 销量破万台: "past" before a scale alone; 侦破3起, 打破2项纪录 are verbs (session 36: 破亿 was exact)
  // (点击量破1亿次: digits after an amount's name, as 产值过10亿元)
  if (m && m[1] === 1 && text.charCodeAt(i - 1) === 0x7834 /* 破 */ && (i < 2 || NOT_PAST_PO.includes(text[i - 2]) || (CN_SCALE[text.charCodeAt(i)] < 2 && !AMOUNT_NAME_END.includes(text[i - 2]) && !(text[i - 2] === '次' && text[i - 3] === '首')))) return null;
  return m;
}

const SUFFIX_QUALIFIERS = new Trie<Qualifier>();
for (const w of ['左右', '上下']) SUFFIX_QUALIFIERS.add(w, 'approx');
// (not 之多, "as many as", as 多达 (D-34): 12项之多, 1.2亿元之多; session 51's review, over)
for (const w of ['以上', '及以上', '多', '余', '有余', '还多', '还要多', '有零', '有奇']) SUFFIX_QUALIFIERS.add(w, 'over'); // (一千一百万吨有零, 七千万人有奇: session 50) // (百分之十五还多, 一倍还多: session 49's review, exact)
// (三十日期限内, 两个月时限内: as 三十日的期限内, D-39; session 46's review: exact)
// (周边30公里范围内: as 30公里内; session 50's review, exact)
// (上下千分之三的幅度内, 2%的范围内, 30公里的范围内: a band's bound after 的 too, as 三个月的期限内 (D-39); session 51's review, exact)
for (const w of ['以下', '及以下', '以内', '内', '之内', '期限内', '时限内', '范围内', '范围之内', '幅度内', '的幅度内', '的范围内', '的幅度之内', '的范围之内']) SUFFIX_QUALIFIERS.add(w, 'under');
// (每人每年以10万元封顶, 以3个月为限: a cap; session 48's review, exact)
for (const w of ['封顶', '为限', '为上限', '为最高限额', '为限额']) SUFFIX_QUALIFIERS.add(w, 'under');

// Words that open with a qualifier's character and qualify nothing (spec §4: the number must govern it):
// 3家多元化经营企业, 5个多部门, 50家上下游企业, 3000元余款, 300公里内河航道 (found by review).
const NOT_SUFFIX_QUALIFIER = new Trie<true>();
for (const w of ['多元', '多功能', '多部门', '多式', '多种', '多样', '多方', '多措', '多渠道', '多层', '多领域', '多媒体', '多边', '多次', '多发', '多党', '多学科', '多语种', '多项',
  '上下游', '上下级', '上下联动', '上下贯通', '余款', '余额', '余粮', '余下',
  // (15万平方千米多金属结核, 3套多要素浮标, 120次余震, 3台余热锅炉: session 50's review, over)
  '多金属', '多要素', '多波束', '多用途', '多普勒', '多光谱', '余震', '余热', '余压', '余气']) NOT_SUFFIX_QUALIFIER.add(w, true);
// found by a later review: 580万人上下一心. A list apart, tried only after a qualifier matched: the same words in the
// trie above cost the whole extractor 3% (its nodes' shapes; bench:pair)
// (内河, 内贸 and 多 before a classifier were dropped: 2小时内河长到场, 30日内河道 are limits, and 两年多名列,
// 一年多处于, 一年多个人 are "over": a later review)
const NOT_SUFFIX_QUALIFIER_MORE = ['上下一心', '上下同心', '上下齐心'];

export function qualifierAfter(text: string, i: number): Match<Qualifier> | null {
  const m = SUFFIX_QUALIFIERS.longest(text, i);
  if (!m || NOT_SUFFIX_QUALIFIER.longest(text, i)) return null;
  for (const w of NOT_SUFFIX_QUALIFIER_MORE) if (text.startsWith(w, i)) return null;
  return m;
}

/** Classifiers that may follow an ordinal inside its span (第十四届, 第七次, 前三批). */
export const ORDINAL_CLASSIFIERS: ReadonlySet<string> = new Set(['届', '次', '批', '名', '位', '个', '轮', '期', '步', '阶段', '场', '年', '天', '家', '站', '强', '档', '套', '类', '种', '周', '周年',
  // 第一部婚姻法, 第一起案件, 第一件, 第一份保护令: D-12's classifiers of things (a review: the classifier was left out)
  '部', '起', '件', '份', '针', // (第二针疫苗: a later review)
  // (第一座跨海大桥, 第一所, 第一艘, 第一台, 第一辆, 第一例, 第一笔, 第一批次: session 41's review, 第一 with no unit)
  '座', '所', '台', '辆', '艘', '架', '颗', '张', '笔', '例', '块', '篇', '批次', '日',
  // (第三剂次加强免疫, 第二剂, 系统重要性银行第3组, 第4候, 第三旬: session 47's reviews, 第N with no unit)
  '剂', '剂次', '组', '候', '旬',
  // (第二轮次清查, 第71航次, 第1包, 第二标段, 第一支医疗队, 第5万列中欧班列, 第15层, 第3栋: session 48's reviews, cut at 轮 or no unit)
  '轮次', '航次', '包', '标段', '支', '列', '层', '栋', '幢',
  // (第一枚导弹, 第一只, 第一根光纤, 天宫课堂第四课, 第六任行政长官: session 50's reviews, 第N with no unit)
  '枚', '只', '根', '课', '任', '年度', // (第一年度考核: session 50, cut at 年)
  '处', // (我国第30处世界遗产: session 50's review of heritage)
  '局', '盘', '棒', '跳', '投', // (第二局, 第三盘, 第三棒, 第一跳: session 50's review of sports)
  '本', '口', '炉', '桶', // (第一本账, 第一口油井, 第一炉钢, 第一桶原油: session 50's review of 1958–1966)
  '单', '册', // (第一单慈善信托: session 50's review of social organizations)
  '学年', '学期', '季', '茬', '宗', '幅']); // (第一学年, 第二学期, 再生稻第二季, 第二茬苜蓿: session 51's reviews, 第N with no unit)
/** After 第N these make a structural label of a legal text, not a mention (D-2). */
export const LEGAL_LABELS: ReadonlySet<string> = new Set(['条', '款', '项', '章', '节', '编', '目', '部分', '卷', '自然段', '分编', '句']); // (宪法序言第七自然段, 第三款第二句, 合同编第二分编: session 49's review, ORDINALs)

/**
 * A set of short words looked up at a position by character code: the
 * one-character words in a table, the others tried with startsWith. What
 * `set.has(text[p]) || set.has(text.slice(p, p + 2))` asks, without the two
 * strings it made (a Han character read as text[p] is a fresh string, and a
 * fresh string is hashed before a Set can look it up).
 */
class ShortWords {
  private readonly one = new Map<number, string>();
  // the longer words by their first character, longest first (a loop over all of them with startsWith, for every 第N, was
  // 1% of the rule extractor once the list reached ten; session 50's profile)
  private readonly longer = new Map<number, string[]>();
  constructor(words: ReadonlySet<string>) {
    for (const w of words) {
      if (w.length === 1) { this.one.set(w.charCodeAt(0), w); continue; }
      const list = this.longer.get(w.charCodeAt(0)) ?? [];
      list.push(w);
      list.sort((a, b) => b.length - a.length);
      this.longer.set(w.charCodeAt(0), list);
    }
  }
  /** The word at text[p] that ends by `end`, a longer one before a one-character one; null where none is. */
  at(text: string, p: number, end = text.length): string | null {
    if (p >= end || p >= text.length) return null;
    const c = text.charCodeAt(p);
    const longer = this.longer.get(c);
    if (longer !== undefined) for (const w of longer) if (p + w.length <= end && text.startsWith(w, p)) return w;
    return this.one.get(c) ?? null;
  }
}
const ORDINAL_CLASSIFIER_WORDS = new ShortWords(ORDINAL_CLASSIFIERS);
const LEGAL_LABEL_WORDS = new ShortWords(LEGAL_LABELS);
/** The ordinal classifier at text[p] (阶段 before 阶) that ends by `end` (default: the text's end), or null. */
export const ordinalClassifierAt = (text: string, p: number, end = text.length): string | null => {
  const w = ORDINAL_CLASSIFIER_WORDS.at(text, p, end);
  // 第一周期, 第二周边区域, 第一周转房, 第一周末: 周 opens another word there, no week (a review)
  if (w === '周' && NOT_WEEK_AFTER.includes(text[p + 1])) return null;
  // 第三部门, 第一起诉人, 第一份额: another word opens there (a review)
  if ((w === '部' && NOT_BU_AFTER.includes(text[p + 1])) || (w === '起' && NOT_QI_AFTER.includes(text[p + 1])) || (w === '份' && text[p + 1] === '额') || (w === '针' && !ZHEN_BEFORE.includes(text[p + 1] ?? '。'))) return null;
  // 第一座谈会, 第一台阶, 第一所长, 第一笔记: another word opens there
  if (w !== null && w.length === 1 && (NOT_CLASSIFIER_AFTER[w] ?? '').includes(text[p + 1] ?? '\0')) return null;
  return w;
};
/** After these classifiers of an ordinal, the characters that make another word (座谈, 台阶, 所长, 笔记, 颗粒, 篇章…). */
// (强: 第三强台风, 历史第二强，: "the Nth strongest", an adjective; session 51's review, unit 强)
const NOT_CLASSIFIER_AFTER: Readonly<Record<string, string>> = { 强: '台冷降暴寒热风雨沙地对县镇市省区企，。、,;；的过', 宗: '旨教族亲师', 支: '援持付撑出配柱', 列: '车入举为宁', 层: '次级面', 栋: '梁', 日: '报本期程志', 座: '谈位次', 所: '长得有属在以述谓', 台: '阶账湾风', 架: '构子势', 颗: '粒', 张: '扬力', 笔: '记者试名', 块: '状头', 篇: '章幅', 组: '织长建成合件团委', 剂: '量型',
  枚: '举', 只: '是要有能', 根: '本据源基治子', 课: '题程堂时', 任: '务何职命期意性用', 处: '长理置分罚级室境于在罚',
  局: '长面部势', 盘: '点查活子', 棒: '球', 跳: '板槽水远高', 投: '资入产放诉标票用保运融',
  本: '地届次年月领质身土科部职着位', 口: '岸号径罩气碑令头', 炉: '灶', 桶: '装金', 单: '位元独项纯据身一人体品打机季车价词', 册: '子页' };
/** After 第N针 these leave 针 a shot (第二针疫苗, 第2针。): before any other character it opens a noun (针对, 针织, 针剂, 针管). */
const ZHEN_BEFORE = '疫加的，,。、；;）)：:接新后和与次时为（(完';
/** After 部 these make another word (部门, 部署, 部队, 部位, 部委, 部落, 部件, 部类). */
const NOT_BU_AFTER = '门署队位委落件类'; // (not 长: 第一部长篇小说; 第一部类 a term of the older reports: a later review)
/** After 起 these make another word (起草, 起点, 起步, 起义, 起来, 起源, 起因, 起飞, 起始, 起航, 起跑, 起重). */
const NOT_QI_AFTER = '草点步义来源因飞始航跑重'; // (not 诉: 第一起诉讼案件; 第一起重机械厂: a later review)
/** After 周 these make another word (周期, 周边, 周转, 周末, 周刊, 周岁, 周围): no classifier of weeks. */
const NOT_WEEK_AFTER = '期边转末刊岁围';
/** Whether a legal label (D-2: 条, 款, 部分…) stands at text[p]. */
export const legalLabelAt = (text: string, p: number): boolean => LEGAL_LABEL_WORDS.at(text, p) !== null && !text.startsWith('句话', p); // (第一句话 ranks: session 49's judge)
/** 第N + these are fixed terms (第一产业, 第一时间, 第一责任人). */
export const ORDINAL_FIXED = ['产业', '世界', '污水处理厂', '时间', '责任人', '书记', '生产力', '动力', '资源', '要务', '选择', '课堂', '现场', '视角', '人称', '代', '人民', '医院', '中学', '小学', '检察部', '党支部', '支部', '议题', '方监督', '方机构', '方评估', '方面', '方支付', '方平台', '方服务', '版', '线', '手', '把手', '者', '巡回法庭', '庭', '审', '机械工业部',
  // institutions named by their number (D-29: 第二医院, 第七检察部): 北京市第一中级人民法院, 第二分院, 第三看守所
  '中级人民法院', '中级法院', '法院', '检察院', '分院', '分局', '看守所', '监狱', '派出所', '研究所', '幼儿园', '附属医院',
  '检察厅', '法庭', '监区', '研究室', '巡视组', '巡察组', '督导组', '督查组', '督察组', '执法检查组', '调研组', '暗访组', '专家组', '联络组', '核查组', '检查小组', '生态环境保护督察组', '环境保护督察组', '生态环保督察组', '巡回督导组', '工作组', '检查组',
  // (第四军医大学, 兵团第八师, 第一汽车制造厂, 第一拖拉机厂, 第十一工程局, 第一师范学院: a review)
  '军医大学', '制造厂', '拖拉机厂', '机床厂', '工程局', '重型机器厂', '机器厂', '机械厂', '野战军', '炮兵', '设计院',
  // names whatever stands before (我国第一汽车制造厂, 全市第一实验小学: a later review)
  '汽车制造厂', '汽车厂', '汽车集团', '实验小学', '实验中学', '实验学校', '实验幼儿园', '实验高级中学', '实验初级中学',
  // (police, custody, corrections, justice, fire and tax units, institutes: 交警支队第三大队, 第三强制隔离戒毒所, 市第一拘留所,
  // 第一司法所, 第二公证处, 第一稽查局, 第二海洋研究所; session 48's reviews, ORDINALs)
  '大队', '支队', '中队', '总队', '分队', '刑警队', '刑警大队', '拘留所', '管教所', '少年犯管教所', '未成年犯管教所', '劳动改造管教队', '劳改大队', '劳改支队',
  '劳改农场', '劳改队', '劳动教养管理所', '劳教所', '收容教育所', '女子监狱', '分监区', '戒毒所', '强制隔离戒毒所', '强制戒毒所', '强戒所', '司法所',
  '律师事务所', '公证处', '消防救援站', '消防站', '稽查局', '税务稽查局', '税务分局', '税务所', '检查分局', '纪检组', '纪检监察组', '海洋研究所', '研究院',
  '调查规划设计院', '林业调查规划设计院', '刑警中队', '监狱管理分局', '响应人', // (第一响应人: a fixed term, as 第一责任人)
  // (第四系覆盖, 第三纪以来: geological systems and periods; session 48's review, ORDINAL)
  '系', '纪',
  // (上海外高桥第三发电厂, 大庆油田第一采油厂: plants and fields named by their number; 第七航权: a freedom of the air; 纲要第五篇:
  // a part of a plan, a structural label as 第八章 (D-2); session 49's reviews, ORDINALs)
  '发电厂', '电厂', '热电厂', '采油厂', '采气厂', '发电公司', '航权',
  '篇第', '篇、第', '篇提出', '篇要求', '篇的部署', '篇部署', '篇明确', '篇指出', '篇强调', // (a part only where referred to: 第一篇获奖 ranks; session 49's hunt)
  '医学中心', // (解放军总医院第五医学中心: session 49's review)
  '宇宙速度', // (第一宇宙速度: a term of physics; session 50's review, ORDINAL)
  '松花江', // (第二松花江: a river's name; session 51's review, ORDINAL)
  '学历', '学士学位', '学位', // (第一学历, 第二学士学位: fixed terms of the degree system; session 51's review, ORDINAL)
  '支柱', // (养老保险第三支柱, 巴塞尔协议第二支柱: the pension system's and Basel's pillars, fixed terms; session 51's review, ORDINAL)
  // (齐齐哈尔第二制药有限公司, 第六制药厂, 第一生化药业; 第38集团军, 第十八军, 第九兵团, 第五纵队, 第八路军, 第359旅,
  // 第一军团: companies and army units named by number; session 50's reviews, ORDINALs)
  '历史档案馆', // (中国第一历史档案馆: session 50's review, ORDINAL)
  // (县城第二水厂, 县第二中心小学, 第二敬老院, 第一农贸市场: session 50's review of pledges, ORDINALs)
  '中心小学', '高级中学', '职业中学', '初级中学', '中心幼儿园', '职业技术学校', '敬老院', '福利院', '养老院', '殡仪馆', '公墓', '水厂', '自来水厂', '供水厂',
  '热源厂', '垃圾填埋场', '垃圾中转站', '变电站', '水源地', '农贸市场', '体育馆', '图书馆', '卫生院', '中心卫生院', '社区卫生服务中心', '中医院',
  '法律顾问处', '法律援助工作站', '司法鉴定所', '社区矫正中心', '法律服务所', '法律援助中心', '仲裁庭', // (上海市第三法律顾问处: session 50's review of justice, ORDINALs)
  '生产队', '生产大队', '村民小组', '村民组', // (第二生产队, 第一村民小组: session 50's review of villages, ORDINALs)
  '党小组', '党总支', '联合党支部', '党委', '工委', '监督检查室', '考察组', '指导组', '巡回指导组', '考核组', '换届风气督导组', // (第三党小组: session 50)
  '制药', '药业', '药厂', '生化', '集团军', '军', '兵团', '纵队', '路军', '旅', '军团', '机械化步兵师', '步兵师', '驱逐舰支队']; 
const ORDINAL_FIXED_WORDS = new WordSet(ORDINAL_FIXED);
/**
 * Whether a fixed term of ORDINAL_FIXED starts at text[p]. A trie, where
 * startsWithAny compared the first character of each of its forty words for
 * every 第N (about 1.5% of the rule extractor).
 */
export const ordinalFixedAt = (text: string, p: number): boolean => ORDINAL_FIXED_WORDS.at(text, p) > 0 && !notOrdinalFixedAt(text, p);
function notOrdinalFixedAt(text: string, p: number): boolean {
  for (const w of NOT_ORDINAL_FIXED) if (text.startsWith(w, p)) return true;
  // (支柱 a term only among pensions' and banks' words: 以文化旅游为第一支柱 ranks; session 51's hunt)
  return text.startsWith('支柱', p) && !PILLARS_OF.test(text.slice(Math.max(0, p - 24), p));
}
const PILLARS_OF = /养老|保险|年金|巴塞尔|资本|监管|第[一二三]支柱[、和]/;
/** Longer words that open like a fixed term (第一支队伍 is the first team, 第一系列 a series): the ordinal stays (session 48's hunt). */
const NOT_ORDINAL_FIXED = ['支柱产业', '支队伍', '大队伍', '中队伍', '系列', '系统', '纪律', '纪念', '纪录', '纪实',
  '军民', '军事', '军人', '军地', '军工', '军队', '旅游', '旅客', '旅行', '旅居', '兵团的']; // (第一军民融合, 第一旅游大省: session 50)
/**
 * 第N + these open the name of a unit or a works (兵团第八师, 第一汽车集团, 第二实验小学,
 * 第三勘察设计研究院, 第一冶金机械厂, 第二棉纺厂, 上海第一针织厂: a review), but rank after
 * a scope (全国第一纺织大省, 新中国第一汽车工业基地, 全校第一师德标兵: the caller's test).
 */
const ORDINAL_NAME_WORDS = new WordSet(['师', '汽车', '实验', '勘察', '冶金', '棉纺', '纺织', '针织']);
export const ordinalNameAt = (text: string, p: number): boolean => ORDINAL_NAME_WORDS.at(text, p) > 0;
