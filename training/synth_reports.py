"""Synthetic documents in the genres of the reports corpus (1957-2025).

synth.py writes text in the style of the seeds (court reports, a provincial
gazette). This module adds what datasets/reports brings and the seeds lack,
labelled by the conventions of datasets/GUIDELINES.md section 8:

- statistical communiques with tables flattened one cell per line, each cell's
  type taken from its column header or unit cell (D-45), captions with a year
  (DATE) and a table number (negative), footnote marks (D-44), `‰` (D-41),
  signs (D-43), `千公顷` (D-63), scores, medals, denominators (D-53, D-54);
- old reports written in Chinese numerals, or mixing them with digits
  (D-40): `一九八○年`, `百分之三十六点五`, `一点二六倍`, `八千二百九十一亿元`,
  `四、五十亿元` (D-47), decades (D-49), `翻两番` (D-50), `第六个五年计划`
  (D-51), `一九八一、一九八二两年` (D-60), `五年来`;
- budget reports: thousands separators, negative amounts, `3—30年期` (D-59),
  `千亿级` / `万吨级` (D-52), page markers;
- financial and traditional numerals (`壹拾万元`, `三萬餘件`, `兩億元`);
- the extraction damage of the corpus: spaced-out PDF text (`421.9亿  元`,
  `第  十  六  届`, D-42), numbers padded with spaces (`1287.9 亿元`),
  full-width digits, hard line wraps.

Segments are as in synth.py: a str is unlabelled text, a (text, TYPE) tuple a
mention, "|" inside a mention marks where rendering may put whitespace.
"""
import re

from synth import CN_DIG, FILLERS, FW_DIGITS, Synth, cn_digits, cn_num, tagged_spans

# --------------------------------------------------------------------------
# numerals written in Chinese
# --------------------------------------------------------------------------

NUM_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
FIN = str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")
TRAD = str.maketrans({"万": "萬", "亿": "億", "两": "兩", "余": "餘"})


def cn_decimal(s):
    """'1234.56' -> 一千二百三十四点五六; '0.9' -> 零点九; thousands separators dropped."""
    s = s.replace(",", "")
    if "." in s:
        a, b = s.split(".")
        return (cn_num(int(a)) if int(a) else "零") + "点" + "".join(CN_DIG[int(d)] for d in b)
    return cn_num(int(s))


def year_cn(y, zero):
    return cn_digits(y).replace("〇", zero)


# --------------------------------------------------------------------------
# vocabulary of the report genres
# --------------------------------------------------------------------------

UNIT_TYPE = {}
for _u in ["万吨", "吨", "万千升", "万米", "万千瓦", "万千伏安", "亿千瓦时", "万千瓦时", "公里", "万平方米", "千公顷",
           "万立方米", "亿吨公里", "万吨公里", "亿立方米", "万公顷", "万亩", "千米"]:
    UNIT_TYPE[_u] = "QUANTITY"
for _u in ["万件", "万双", "万台", "万辆", "万只", "万人次", "万人", "个", "家", "万户", "万部", "套", "艘", "万套",
           "万条", "所", "万头", "万羽", "亿支", "万箱"]:
    UNIT_TYPE[_u] = "COUNT"
for _u in ["亿元", "万元", "元", "亿美元", "万美元"]:
    UNIT_TYPE[_u] = "MONEY"

PRODUCTS = ["粮食", "春收", "夏收", "秋收", "油料", "其中：花生", "油菜籽", "甘蔗", "茶叶", "水果", "蔬菜", "食用菌", "肉类",
            "禽蛋", "牛奶", "水产品", "食用植物油", "啤酒", "软饮料", "精制茶", "纱", "布", "＃棉布", "棉混纺布",
            "化学纤维布", "服装", "皮鞋", "氮肥", "化学纤维", "塑料制品", "粗钢", "钢材", "泵", "汽  车", "交流电动机",
            "电力变压器", "显示器", "钟", "发电量", "＃火力发电量", "水力发电量", "风力发电量", "水泥", "平板玻璃",
            "原煤", "原油", "天然气", "集成电路", "手机", "微型计算机", "工业机器人", "新能源汽车", "锂离子电池",
            "光伏电池", "家用洗衣机", "房间空气调节器", "十种有色金属", "铝材", "乙烯", "硫酸", "烧碱", "化肥"]
INDICATORS = ["地区生产总值", "第一产业", "第二产业", "第三产业", "规模以上工业增加值", "固定资产投资", "社会消费品零售总额",
              "一般公共预算收入", "＃税收收入", "一般公共预算支出", "进出口总额", "出口", "进口", "城镇居民人均可支配收入",
              "农村居民人均可支配收入", "各项存款", "\u3000其中：住户存款", "\u3000\u3000\u3000\u3000非金融企业存款",
              "各项贷款", "\u3000其中：短期贷款", "\u3000\u3000\u3000\u3000中长期贷款", "投资完成额", "其中：住宅",
              "房屋施工面积", "房屋新开工面积", "商品房销售面积", "本年实际到位资金", "其中：国内贷款", "个人按揭贷款",
              "土地购置费", "货物发送量", "旅客发送量", "货物到发量", "旅客吞吐量", "货邮吞吐量", "居民消费价格",
              "食品烟酒", "衣着", "居住", "生活用品及服务", "交通和通信", "教育文化和娱乐", "医疗保健", "其他用品和服务",
              "工业生产者出厂价格", "商品零售价格"]
INDUSTRIES = ["农、林、牧、渔业", "采矿业", "制造业", "电力、热力、燃气及水生产和供应业", "建筑业", "批发和零售业",
              "交通运输、仓储和邮政业", "住宿和餐饮业", "信息传输、软件和信息技术服务业", "金融业", "房地产业",
              "租赁和商务服务业", "科学研究和技术服务业", "水利、环境和公共设施管理业", "居民服务、修理和其他服务业",
              "教育", "卫生和社会工作", "文化、体育和娱乐业", "公共管理、社会保障和社会组织"]
REGIONS = ["美国", "欧盟", "东盟", "日本", "中国香港", "中国台湾", "韩国", "俄罗斯联邦", "印度", "澳大利亚", "英国",
           "“一带一路”沿线国家", "非洲", "拉丁美洲"]
TOPICS = ["居民消费价格比上年涨跌幅度", "主要农产品产量", "规模以上工业企业主要工业产品产量", "各种运输方式完成运输量情况",
          "分行业固定资产投资情况", "房地产开发和销售主要指标", "对主要国家和地区进出口情况", "末全部金融机构本外币存贷款",
          "主要经济指标", "一般公共预算收支情况", "主要产品产量及其增长速度"]
ERA_FILLERS = ["在党中央的正确领导下", "全国各族人民团结一致", "社会主义现代化建设", "国民经济调整工作取得了重大成就",
               "工农业生产持续增长", "人民生活有了较大改善", "坚持计划经济为主、市场调节为辅", "调整、改革、整顿、提高",
               "农村实行了各种形式的生产责任制", "财政经济状况逐步好转", "我们必须清醒地看到", "这是一个了不起的成就",
               "积累和消费的比例趋向合理", "轻工业和重工业的比例关系", "各方面的工作都有了新的进展", "同志们",
               "国营企业", "集体所有制企业", "社会主义精神文明建设", "对外开放和对内搞活经济"]
ERA_NEG = ["几千万", "几百万", "数十亿", "第三世界", "三八红旗手", "十分显著", "十分重要", "一年比一年", "一穷二白",
           "五年计划", "“六五”计划", "“七五”时期", "二胎", "跨越千年", "四连冠", "“17连增”", "三年改革与脱困",
           "本世纪末", "上百个", "成千上万", "千方百计", "一系列", "一部分", "一方面", "进一步", "统一", "一致",
           "第一线", "三中全会", "一定", "一些", "一般", "万众一心", "百家争鸣", "“双百”方针", "一大批"]
STAT_NEG = ["表1", "表2", "表3", "表4", "图1", "图2", "图3", "注：", "[1]", "[2]", "[3]", "[4]", "PM2.5", "PM10",
            "5G基站", "4A级", "5A级", "第一产业", "第二产业", "第三产业", "“十四五”", "“十五五”", "世界500强",
            "中国企业500强", "百强县", "规模以上", "限额以上", "一般公共预算", "一带一路", "三次产业", "二手住宅"]
MODERN_FILLERS = ["坚持稳中求进工作总基调", "完整准确全面贯彻新发展理念", "加快构建新发展格局", "着力推动高质量发展",
                  "财政运行总体平稳", "经济社会发展主要目标任务圆满完成",
                  "民生保障有力有效", "改革开放持续深化", "生态环境质量持续改善", "按可比口径计算", "初步核算",
                  "根据年快报统计", "执行中", "调整后", "主要是", "同口径"]


class ReportSynth(Synth):
    """Documents in the genres of datasets/reports (see the module docstring)."""

    # ---- numerals ------------------------------------------------------------
    def cnize(self, text, typ, zero="〇"):
        """A mention with digits written out in Chinese numerals (D-40)."""
        raw = text.replace("|", "")
        if typ == "PERCENT" and raw.endswith("%") and NUM_RE.fullmatch(raw[:-1].lstrip("-")):
            return "百分之" + cn_decimal(raw[:-1].lstrip("-"))
        if typ == "PERCENT" and raw.endswith("‰") and NUM_RE.fullmatch(raw[:-1]):
            return "千分之" + cn_decimal(raw[:-1])

        def sub(m):
            s = m.group(0)
            if typ == "DATE" and len(s) == 4 and s.isdigit():
                return year_cn(int(s), zero)
            if "." not in s and "," not in s and typ != "DATE":
                return self.cn(int(s)) if int(s) else "零"
            return cn_decimal(s)
        return NUM_RE.sub(sub, text)

    def styled(self, segs, cn_p=0.0, zero="〇", fin_p=0.0, trad_p=0.0):
        """Rewrite the mentions of a segment list: Chinese numerals, financial or traditional forms."""
        out = []
        for s in segs:
            if isinstance(s, tuple):
                t, typ = s
                if cn_p and self.p(cn_p) and typ != "NUMBER":
                    t = self.cnize(t, typ, zero)
                if fin_p and typ in ("MONEY", "COUNT") and self.p(fin_p) and not any(c.isdigit() for c in t):
                    t = t.translate(FIN)
                if trad_p and self.p(trad_p):
                    t = t.translate(TRAD)
                s = (t, typ)
            out.append(s)
        return out

    def fin_trad(self, seg, fin, trad):
        t, typ = seg
        if fin and typ == "MONEY" and self.p(0.7):
            t = self.cnize(t, typ).translate(FIN)
        if trad and self.p(0.6):
            t = t.translate(TRAD)
        return (t, typ)

    # ---- old reports (1950s-1980s) ---------------------------------------------
    def era_sentence(self, zero):
        r = self.r.random()
        y0 = self.r.randint(1949, 1985)
        y1 = y0 + self.r.randint(1, 9)
        Y = lambda y: year_cn(y, zero) + "年"
        if r < 0.1:
            return [self.c(["从", "自", ""]), (Y(y0) + self.c(["到", "至"]) + Y(y1), "DATE"), self.c(["的", ""]),
                    (self.cn(y1 - y0 + 1) + "年", "DURATION"), self.c(["内", "间", "中"]), "，", self.c(ERA_FILLERS)]
        if r < 0.2:
            v = cn_num(self.r.randint(1, 12)) + "点" + CN_DIG[self.r.randint(1, 9)] + (CN_DIG[self.r.randint(1, 9)] if self.p(0.3) else "")
            return [(Y(y1), "DATE"), "比", (Y(y0), "DATE"), self.c(["增长", "增加", "提高"]), (v + "倍", "RATIO")]
        if r < 0.3:
            w = self.c(["五年", "四年", "三年", "十年", "两年", "二十年", "六年"])
            return self.c([[(w, "DURATION"), self.c(["来", "中", "间", "内"])], [self.c(["今后", "过去", "这", "前", "后"]), (w, "DURATION")],
                           [(w, "DURATION"), self.c(["共", "累计", "招收", "出版", "安排"])]]) + [self.c(ERA_FILLERS)]
        if r < 0.37:
            return [self.c(["工农业年总产值", "国民收入", "农业总产值", "城乡居民收入"]), "翻", (self.c(["一番", "两番"]), "RATIO"), self.c(["", "的战略目标"])]
        if r < 0.43:
            k = self.r.randint(5, 8)
            return [self.c(["全面完成", "制定和执行", "超额完成", "执行"]), (f"第{cn_num(k)}个", "ORDINAL"), "五年计划"]
        if r < 0.52:  # 四、五十亿元 / 三、四个 / 七、八十年代 (D-47)
            a = self.r.randint(1, 8)
            k = self.r.random()
            if k < 0.4:
                return ["每年", self.c(["减少", "增加", "节约"]), self.c(["国家财政收入", "开支", "收入"]),
                        (f"{cn_num(a)}、{cn_num(a + 1)}{self.c(['十亿', '十万', '百万', '千万', '亿'])}元", "MONEY")]
            if k < 0.7:
                return [self.c(["建设", "组织", "有"]), (f"{cn_num(a)}、{cn_num(a + 1)}{self.c(['个', '项', '家', '十个', '百人'])}", "COUNT"),
                        self.c(["项目", "工厂", "试点", ""])]
            return [(f"{cn_num(a + 1)}、{cn_num(a + 2)}十年代", "DATE")]
        if r < 0.6:  # decades (D-49); the century is inside the span when written
            d = self.c(["五十", "六十", "七十", "八十", "九十"])
            span = ("二十世纪" if self.p(0.2) else "") + d + "年代"
            return [(span, "DATE"), self.c(["打基础的任务", "以来", "末", "初期", "新的经济振兴", "中期"])]
        if r < 0.68:  # enumerations of years (D-60)
            a = self.r.randint(1975, 1990)
            return ["仅", (year_cn(a, zero), "DATE"), "、", (year_cn(a + 1, zero), "DATE"), (self.cn(2) + "年", "DURATION"), "就",
                    self.c(["节约了", "增加了", "减少了"])] + self.styled(self.money_mention(), 1.0, zero)
        if r < 0.78:
            n = self.r.randint(2, 9999)
            s = cn_num(n) + self.c(["多", "余", ""])
            big = self.c(["万", "亿", "万", ""])
            cls = self.c(["人", "个", "项", "所", "件", "户", "种", "张", "册"])
            return [self.c(["共", "招收", "安置", "建成", "新建", "增加了", "达到"]), (s + big + cls, "COUNT"), self.c(["", "，", "就业"])]
        if r < 0.86:
            return [self.c(ERA_NEG), "，", self.c(["财政收入", "基本建设投资", "国家用于城市职工住宅的投资"]), self.c(["达到", "为", "共"]),
                    (cn_num(self.r.randint(10, 9999)) + self.c(["亿元", "万元", "亿元"]), "MONEY")]
        return [self.c(ERA_FILLERS), "，", self.c(ERA_NEG), self.c(["", "的问题", "地"])]

    def era_doc(self, n, mixed):
        zero = self.c(["○", "〇", "○", "零"]) if self.p(0.9) else "〇"
        cn_p = 0.5 if mixed else 0.95
        lines = []
        for _ in range(n):
            segs = []
            for k in range(self.c([1, 2, 2, 3])):
                if k:
                    segs.append(self.c(["，", "；", "，", "。"]))
                x = self.r.random()
                if x < 0.45:
                    segs += self.era_sentence(zero)
                elif x < 0.85:
                    segs += self.styled(self.clause(), cn_p, zero)
                else:
                    segs.append(self.c(ERA_FILLERS))
            segs.append("。")
            lines.append(["\u3000\u3000" if self.p(0.5) else ""] + segs)
        return lines

    # ---- modern government work reports -----------------------------------------
    def gwr_sentence(self):
        r = self.r.random()
        y0 = self.r.randint(1990, 2024)
        y1 = y0 + self.r.randint(1, 5)
        if r < 0.2:
            a, b = self.amount(), self.amount()
            unit = self.c(["元", "元", "美元"])
            return [self.c(["全国财政收入", "国内生产总值", "进出口总额", "中央对地方转移支付总额", "城镇居民人均可支配收入"]),
                    self.c(["从", "由"]), (f"{y0}|年", "DATE"), "的", (a + unit, "MONEY"), self.c(["增加到", "提高到"]),
                    (f"{y1}|年", "DATE"), "的", (b + unit, "MONEY")]
        if r < 0.35:
            w = self.c(["五年", "三年", "十年", "一年"])
            return [self.c(["", "这", "过去"]), (w, "DURATION"), self.c(["全国", "累计", "共", "间，", ""])] + self.clause(self.c(["money", "count", "qty"]))
        if r < 0.45:
            return [self.c(["超过", "相当于", "是"]), (f"{y0}年{self.c(['到', '至', '—'])}{y1}年", "DATE"), self.c(["的总和", "的建设总规模", "平均水平"])]
        if r < 0.55:
            return [self.c(["居全国", "位居全球", "跃居世界", "排名全省", "居世界"]), (f"第{self.c([cn_num(self.r.randint(1, 40)), str(self.r.randint(1, 40))])}位", "ORDINAL")]
        if r < 0.62:  # size classes (D-52)
            k = self.r.random()
            if k < 0.4:
                return [(self.c(["千亿", "百亿", "万亿", "五千亿"]), "MONEY"), "级", self.c(["产业集群", "产业", "园区", "企业"])]
            if k < 0.8:
                return ["新增", (self.c(["万吨", "十万吨", "千万吨", "百万千瓦", "百万吨"]), "QUANTITY"), "级", self.c(["码头泊位", "港口泊位", "机组", "炼油基地"])]
            return [self.c(["千万级集装箱泊位群", "千万级人口城市", "亿级流量"]), "建设"]
        if r < 0.7:
            a = self.r.randint(1990, 2024)
            return [(str(a), "DATE"), "、", (f"{a + 1}年", "DATE"), self.c(["连续", "分别"]), self.c(["增长", "提高"])] + self.pct_mention()
        if r < 0.78:
            return [self.c(["到", "预计到"]), (f"{self.r.randint(2025, 2050)}年", "DATE"), self.c(["基本实现", "全面建成", "力争"]), self.c(FILLERS)]
        if r < 0.86:
            return [self.c(["人口自然增长率", "出生率", "死亡率", "婴儿死亡率"]), self.c(["为", "降到", "控制在"]), (self.dec(0.5, 15, 2) + "‰", "PERCENT")]
        return [self.c(MODERN_FILLERS), "，"] + self.clause()

    # ---- budget reports ----------------------------------------------------------
    def budget_sentence(self):
        r = self.r.random()
        item = self.c(["一般公共预算收入", "税收收入", "非税收入", "一般公共预算支出", "政府性基金预算收入", "上级补助收入",
                       "国有资本经营预算收入", "社会保险基金预算支出", "债务还本支出", "转移性收入", "教育支出", "农林水支出"])
        def money():
            k = self.r.random()
            if k < 0.35:
                n = self.logint(1000, 9999999)
                return f"{n:,}|万元"
            if k < 0.5:
                return f"{self.dec(1000, 99999, 2)}|万元"
            return self.amount() + "|元"
        if r < 0.35:
            segs = [item, self.c(["完成", "预计完成", "", "年初预算", "调整预算为"]), (money(), "MONEY")]
            if self.p(0.6):
                segs += ["，", self.c(["为调整预算的", "完成预算的", "占"]), (self.dec(50, 130, 1) + "%", "PERCENT")]
            if self.p(0.6):
                segs += ["，", self.c(["同比增长", "同比下降", "增长", "下降", "增收", "减少"])] + self.pct_mention()
            return segs
        if r < 0.45:
            return [item, self.c(["较上年", "比上年", "同比"]), self.c(["减少", "增加", "变动"]), (self.c(["-", "－", ""]) + self.dec(0.1, 99, 2) + "|" + self.c([" ", ""]) + "亿元", "MONEY")]
        if r < 0.55:
            a = self.r.randint(1, 10)
            return [self.c(["发行", "置换", "新增"]), self.c(["地方政府一般债券", "专项债券", "再融资债券"]), (f"{self.dec(1, 500, 1)}|亿元", "MONEY"),
                    "，期限为", (f"{a}—{a + self.r.randint(5, 25)}|年", "DURATION"), "期"]
        if r < 0.65:
            y = self.r.randint(2015, 2026)
            return [self.c(["现将", "关于", ""]), (f"{y}|年", "DATE"), self.c(["预算执行情况", "预算草案", "地方财政预算", "决算"]),
                    self.c(["和", "及"]), (f"{y + 1}|年", "DATE"), self.c(["预算（草案）", "预算草案"])]
        if r < 0.72:
            return [item, "中", self.c(["上年结转", "动用预算稳定调节基金"]), (money(), "MONEY"), "，", self.c(MODERN_FILLERS)]
        if r < 0.8:
            return [self.c(["政府债务余额", "债务余额"]), (self.dec(10, 2000, 2) + "|亿元", "MONEY"), "，", self.c(["控制在", "低于"]),
                    self.c(["省核定的", "上级下达的"]), "限额", (self.dec(10, 2000, 2) + "|亿元", "MONEY"), "以内"]
        return self.clause(self.c(["money", "pct", "money", "count"]))

    # ---- statistical communiques ---------------------------------------------------
    def stat_sentence(self):
        r = self.r.random()
        foot = f"[{self.r.randint(1, 9)}]" if self.p(0.15) else ""
        if r < 0.22:
            return [self.c(["全年", "初步核算，全年", "年末"]), self.c(INDICATORS).strip("\u3000＃其中："), foot,
                    (self.amount() + "元", "MONEY"), "，", self.c(["比上年增长", "增长", "比上年下降", "下降"])] + self.pct_mention() + \
                ([f"[{self.r.randint(1, 9)}]"] if self.p(0.15) else [])
        if r < 0.32:
            d = self.dec(0.1, 20, 2)
            return [self.c(["城镇人口", "乡村人口", "年末户籍人口"]), (self.dec(10, 999, 2) + "万人", "COUNT"), "，",
                    self.c(["比上年末增加", "比上年末减少", "增加", "减少"]), (d + "万人", "COUNT")]
        if r < 0.4:
            return [self.c(["常住人口城镇化率", "城镇化率", "森林覆盖率", "研发经费投入强度"]), "为", (self.dec(1, 99, 2) + "%", "PERCENT"), "，",
                    self.c(["比上年末提高", "比上年提高", "下降"]), (self.dec(0.01, 3, 2) + "个百分点", "PERCENT_POINT")]
        if r < 0.47:
            return [self.c(["粮食作物播种面积", "水稻播种面积", "玉米播种面积", "蔬菜播种面积", "果园面积"]),
                    (self.dec(0.1, 999, 1) + "千公顷", "QUANTITY"), "，", self.c(["比上年增加", "增加", "减少"]),
                    (self.dec(0.1, 9, 2) + "|千公顷", "QUANTITY")]
        if r < 0.52:
            return [self.c(["区域环境噪声（昼间）", "道路交通噪声"]), (self.dec(40, 75, 1) + "分贝", "QUANTITY"), "，",
                    self.c(["城区环境空气达标天数", "优良天数"]), (str(self.r.randint(200, 365)) + "天", "COUNT")]
        if r < 0.57:
            a, b, c = self.r.randint(1, 60), self.r.randint(1, 60), self.r.randint(1, 60)
            if self.p(0.6):
                return [self.c(["共获得", "获得", "夺得"]), (f"{a}金", "COUNT"), (f"{b}银", "COUNT"), (f"{c}铜", "COUNT")]
            return [self.c(["获", "共获"]), "金牌", (f"{a}枚", "COUNT")]
        if r < 0.63:
            return ["每", self.c(["万人口", "千人口", "百户", "千名老年人"]), self.c(["拥有执业医师", "床位", "拥有养老床位", "拥有"]),
                    (self.dec(0.5, 99, 1) + self.c(["人", "张", "辆", "台"]), "COUNT")]
        if r < 0.68:
            parts = [self.dec(1, 60, 1) for _ in range(3)]
            return [self.c(["产业结构比例为", "一、二、三产业之比为"]), (self.c([":", "：", "∶"]).join(parts), "RATIO")]
        if r < 0.73:
            return [self.c(["综合得分", "考核得分", "评分"]), (self.dec(60, 100, 1) + "分", "QUANTITY")]
        if r < 0.8:
            return [self.c(["年末境内上市公司", "A级景区", "星级酒店", "公共图书馆", "全市共有"]),
                    (str(self.r.randint(2, 300)) + self.c(["家", "个", "座", "所"]), "COUNT"), self.c(["", "，", foot])]
        if r < 0.86:
            return [self.c(["全年居民消费价格", "工业生产者出厂价格", "商品零售价格"]), self.c(["上涨", "下降", "与上年持平", "比上年上涨"]),
                    *(self.pct_mention() if self.p(0.8) else []), foot]
        if r < 0.9:
            return [self.c(["细颗粒物（PM2.5）平均浓度", "PM10平均浓度", "PM2.5年均浓度"]), (self.dec(10, 90, 1) + "微克/立方米", "QUANTITY")]
        return [self.c(STAT_NEG), self.c(["", "，", "："])] + self.clause()

    def table(self):
        """A table flattened one cell per line (D-45): a list of lines (each a segment list)."""
        lines = []
        y = self.r.randint(2015, 2026)
        k = self.r.random()
        cap = self.c(["  ", "\u00a0\u00a0", " \u00a0", "　"])
        if self.p(0.85):
            tag = f"表{self.r.randint(1, 12)}" if self.p(0.8) else f"图{self.r.randint(1, 9)}"
            if tag[0] == "图" and self.p(0.5):
                lines.append([tag + cap, (f"{y - 4}-{y}年", "DATE"), self.c(TOPICS)])
            else:
                lines.append([tag + cap, (f"{y}年", "DATE"), self.c(TOPICS)])
        rows = self.r.randint(3, 22)
        pct_hdr = self.c(["比上年增长(%)", "比上年增长（%）", "比上年\n增长(%)", "比上年末增长(%)", "增长(%)", "增速(%)"])

        def val(kind):
            if kind == "PERCENT":
                v = self.dec(0, 60, 1) if self.p(0.85) else self.dec(60, 1200, 1)
                return ("-" if self.p(0.35) else "") + v
            if kind == "NUMBER":
                return self.dec(90, 115, 1)
            if kind == "BIG":
                return str(self.logint(100000, 999999999))
            return self.dec(0.1, 30000, self.c([2, 2, 1, 0]))

        if k < 0.25:  # 产品名称 | 产量(万吨) | 比上年增长(%)
            u = self.c(["万吨", "亿元", "万人", "万千瓦时", "万人次", "万头", "千公顷"])
            typ = UNIT_TYPE.get(u, "QUANTITY")
            lines += [[self.c(["产品名称", "指标", "指  标", "项目"])], [self.c(["产量", "绝对数", "总量", "数量"]) + f"({u})"], [pct_hdr]]
            for _ in range(rows):
                lines += [[self.c(PRODUCTS + INDICATORS)], [(val("V"), typ)], [(val("PERCENT"), "PERCENT")]]
        elif k < 0.5:  # 产品名称 | 单位 | 产量 | 比上年增长(%)
            lines += [[self.c(["产品名称", "指标名称", "指  标"])], ["单位"], [self.c(["产量", "绝对数", "数量"])], [pct_hdr]]
            for _ in range(rows):
                u = self.c(list(UNIT_TYPE) + ["%"] * 2)
                typ = "PERCENT" if u == "%" else UNIT_TYPE[u]
                lines += [[self.c(PRODUCTS + INDICATORS)], [u], [(val("PERCENT" if u == "%" else "V"), typ)], [(val("PERCENT"), "PERCENT")]]
        elif k < 0.65:  # one percent column
            lines += [[self.c(["指     标", "指标", "行业", "项目"])], [self.c(["市 区（%）", "比上年增长(%)", "全市(%)", "涨跌幅(%)"])]]
            for _ in range(rows):
                lines += [[self.c(INDUSTRIES + INDICATORS)], [(val("PERCENT"), "PERCENT")]]
        elif k < 0.78:  # money and growth, twice
            lines += [["国家和地区"], ["出口额", "\n", "(亿元)"], ["比上年", "\n", "增长(%)"], ["进口额", "\n", "(亿元)"], ["比上年", "\n", "增长(%)"]]
            for _ in range(min(rows, 12)):
                lines += [[self.c(REGIONS)], [(val("V"), "MONEY")], [(val("PERCENT"), "PERCENT")], [(val("V"), "MONEY")], [(val("PERCENT"), "PERCENT")]]
        elif k < 0.88:  # big money in 万元
            lines += [["指", "\u00a0" * self.r.randint(1, 8), "标"], [self.c(["年末数(万元)", "余额(万元)", "本年数(万元)"])], [pct_hdr]]
            for _ in range(min(rows, 12)):
                lines += [[self.c(INDICATORS)], [(val("BIG"), "MONEY")], [(val("PERCENT"), "PERCENT")]]
        else:  # index columns (NUMBER) and percent
            lines += [[self.c(["指标", "项目"])], [self.c(["指数(上年=100)", "价格指数", "指数"])], [pct_hdr]]
            for _ in range(rows):
                lines += [[self.c(INDICATORS + PRODUCTS)], [(val("NUMBER"), "NUMBER")], [(val("PERCENT"), "PERCENT")]]
        return lines

    # ---- documents ---------------------------------------------------------------
    def report_lines(self, kind, n):
        """The lines of one document of a kind: era, mixed, gwr, budget, stat."""
        if kind in ("era", "mixed"):
            return self.era_doc(n, kind == "mixed")
        lines = []
        for _ in range(n):
            if kind == "stat" and self.p(0.2):
                lines += self.table()
                continue
            if self.p(0.12):
                lines.append([self.marker(False), self.c(FILLERS + MODERN_FILLERS)])
            segs = []
            for k in range(self.c([1, 2, 2, 3])):
                if k:
                    segs.append(self.c(["，", "；", "，", "。"]))
                x = self.r.random()
                gen = {"gwr": self.gwr_sentence, "budget": self.budget_sentence, "stat": self.stat_sentence}[kind]
                if x < 0.6:
                    segs += gen()
                elif x < 0.88:
                    segs += self.clause()
                else:
                    segs.append(self.c(FILLERS + MODERN_FILLERS))
            segs.append("。")
            lines.append(segs)
            if kind == "budget" and self.p(0.05):
                lines.append([self.c([f"第 {self.r.randint(1, 300)} 页", f"—{self.r.randint(1, 60)}—", f"- {self.r.randint(1, 60)} -"])])
        return lines

    def render_report_doc(self, n):
        kind = self.c(["era", "era", "mixed", "gwr", "gwr", "budget", "budget", "stat", "stat", "stat"])
        lines = self.report_lines(kind, n)
        if self.p(0.06):  # financial (MONEY written out, then 壹贰叁) and traditional (萬億兩餘) forms
            fin, trad = self.p(0.6), self.p(0.6)
            lines = [[self.fin_trad(s, fin, trad) if isinstance(s, tuple) else s for s in l] for l in lines]
        style = self.c(["plain", "plain", "plain", "spaced", "padded", "wrapped", "fullwidth"])
        return self.render_lines(lines, style)

    def render_lines(self, lines, style):
        """Lines of segments -> (text, mentions), with the damage of one extraction style."""
        chars = []
        unit_space = 0.05 if style == "padded" else 0.01
        for li, segs in enumerate(lines):
            if li:
                chars.append(["\n", "O"])
            for s in segs:
                if isinstance(s, tuple):
                    t, typ = s
                    first = True
                    for pi, part in enumerate(t.split("|")):
                        if pi and self.p(unit_space):
                            for ch in self.c([" ", " ", "  ", "\n"]):
                                chars.append([ch, "I-" + typ])
                        for ch in part:
                            chars.append([ch, ("B-" if first else "I-") + typ])
                            first = False
                else:
                    for ch in s.replace("|", ""):
                        chars.append([ch, "O"])
        if style == "fullwidth":
            for c in chars:
                if c[0].isascii() and c[0].isdigit():
                    c[0] = c[0].translate(FW_DIGITS)
                elif c[0] == "%":
                    c[0] = "％"

        def ws_tag(nxt):
            return nxt[1] if nxt[1].startswith("I-") else "O"
        out = []
        if style == "spaced":  # every non-ASCII character followed by two spaces (Luoyang PDF)
            for i, c in enumerate(chars):
                out.append(c)
                nxt = chars[i + 1] if i + 1 < len(chars) else None
                if nxt and not c[0].isascii() and c[0] not in "\n" and nxt[0] != "\n":
                    out += [[" ", ws_tag(nxt)], [" ", ws_tag(nxt)]]
        elif style == "padded":  # numbers padded with spaces (Heilongjiang PDF)
            for i, c in enumerate(chars):
                prev = chars[i - 1] if i else None
                isnum = c[0].isascii() and (c[0].isdigit() or c[0] in ".,")
                if isnum and prev and not (prev[0].isascii() and (prev[0].isdigit() or prev[0] in ".,-")) and prev[0] != "\n":
                    out.append([" ", "O"])
                out.append(c)
                nxt = chars[i + 1] if i + 1 < len(chars) else None
                if isnum and nxt and not (nxt[0].isascii() and (nxt[0].isdigit() or nxt[0] in ".,%")) and nxt[0] != "\n":
                    out.append([" ", ws_tag(nxt)])
        else:
            out = chars
        if style in ("spaced", "wrapped", "padded"):
            every = self.r.randint(30, 90) if style == "spaced" else self.r.randint(18, 40)
            wrapped, col = [], 0
            for i, c in enumerate(out):
                if c[0] == "\n":
                    col = 0
                elif col >= every and wrapped and not (c[1].startswith("I-") and self.p(0.8)):
                    for ch in self.c(["\n", "\n", "\n" + " " * self.r.randint(2, 17)]):
                        wrapped.append([ch, c[1] if c[1].startswith("I-") else "O"])
                    col = 0
                wrapped.append(c)
                col += 1
            out = wrapped
        return tagged_spans(out)
