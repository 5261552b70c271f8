#!/usr/bin/env python3
"""Seeded synthetic training data for the zhnum-tagger.

Generates report-style Chinese text with gold numeric mentions (span + type)
following docs/task.md and datasets/GUIDELINES.md, and with the damage of
PDF extraction: full-width digits, ASCII or Chinese punctuation, line breaks
every ~20 characters (also inside numbers), spaces between number and unit,
spaced-out characters. Hard negatives (list markers, document numbers,
hotlines, PM2.5, 5G, slogans, article labels, page markers, numerals inside
words) are written as plain text (label O).

Output: JSON lines {"text": ..., "mentions": [{"start","end","type"}]}, one
synthetic "document" (a run of paragraphs, ~1,000-2,500 characters) a line;
train.py cuts them into windows exactly like the real text. Offsets are code
points into "text".

    python3 synth.py --n 6000 --seed 13 --out build/synth.jsonl
(--n counts sentences.)
"""
import argparse
import json
import math
import random

from common import trim_spans

CN_DIG = "零一二三四五六七八九"
FW_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


# --------------------------------------------------------------------------
# numerals
# --------------------------------------------------------------------------

def cn4(n):
    """Chinese numeral for 0 < n < 10000 (no leading 一十)."""
    digits = [n // 1000, n // 100 % 10, n // 10 % 10, n % 10]
    units = ["千", "百", "十", ""]
    out, zero, started = [], False, False
    for d, u in zip(digits, units):
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(CN_DIG[d] + u)
        started = True
    s = "".join(out)
    if s.startswith("一十"):
        s = s[1:]
    return s


def cn_num(n):
    """Chinese numeral for 0 < n < 10^12."""
    if n == 0:
        return "零"
    if n < 10000:
        return cn4(n)
    if n < 10 ** 8:
        hi, lo = divmod(n, 10000)
        s = cn4(hi) + "万"
        if lo:
            s += ("零" if lo < 1000 else "") + cn4(lo)
        return s
    hi, lo = divmod(n, 10 ** 8)
    s = cn4(hi) + "亿"
    if lo:
        s += ("零" if lo < 10 ** 7 else "") + cn_num(lo)
    return s


def cn_digits(n):
    """Digit-by-digit Chinese (years): 2023 -> 二〇二三."""
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(n))


class G:
    """All random choices go through self.r (seeded)."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def c(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def logint(self, lo, hi):
        return int(round(math.exp(self.r.uniform(math.log(lo), math.log(hi + 0.999)))))

    # ---- numbers -----------------------------------------------------------
    def cn(self, n, liang=True):
        s = cn_num(n)
        if liang and s == "二" and self.p(0.75):
            return "两"
        if liang and s.startswith("二") and len(s) > 1 and s[1] in "千万亿" and self.p(0.6):
            return "两" + s[1:]
        return s

    def dec(self, lo, hi, nd=None):
        nd = nd if nd is not None else self.c([1, 1, 1, 2, 2])
        v = self.r.uniform(lo, hi)
        return f"{v:.{nd}f}"

    def commas(self, n):
        return f"{n:,}"

    def count_num(self, lo=1, hi=50000, cn_p=0.18, scale_p=0.12, approx_p=0.07):
        """A cardinal as written before a classifier, with 万/亿 scale and 余/多."""
        r = self.r.random()
        if r < cn_p:
            n = self.logint(1, 120) if self.p(0.8) else self.logint(100, 9000)
            s = self.cn(n)
            if n >= 10 and self.p(0.1):
                s += self.c(["余", "多"])
            return s
        if r < cn_p + scale_p:
            base = self.dec(1, 999, self.c([0, 0, 1, 2])) if self.p(0.9) else self.cn(self.logint(1, 99))
            s = base + self.c(["万", "万", "万", "亿"])
            if self.p(approx_p * 2):
                s += self.c(["余", "多"])
            return s
        n = self.logint(lo, hi)
        s = self.commas(n) if n >= 10000 and self.p(0.08) else str(n)
        if n >= 10 and self.p(approx_p):
            s += self.c(["余", "多"])
        return s

    def amount(self):
        """A money amount with its scale, without 元."""
        r = self.r.random()
        if r < 0.35:
            s = self.dec(1, 9999, self.c([0, 1, 2, 2])) + "亿"
        elif r < 0.7:
            s = str(self.logint(1, 99999)) if self.p(0.6) else self.dec(1, 9999)
            s += "万"
        elif r < 0.78:
            s = self.dec(1, 30, self.c([1, 2])) + "万亿"
        elif r < 0.9:
            s = str(self.logint(1, 999999))
            if int(s) >= 10000 and self.p(0.3):
                s = self.commas(int(s))
        elif r < 0.95:
            s = self.cn(self.logint(1, 999)) + self.c(["万", "亿", "千万", "百万"])
        else:
            s = self.commas(self.logint(10000, 9999999)) + "万"
        if s[-1] in "万亿" and self.p(0.1):
            s += self.c(["余", "多"])
        elif self.p(0.04):
            s += self.c(["余", "多"])
        return s


# --------------------------------------------------------------------------
# vocabulary
# --------------------------------------------------------------------------

CLS_NOUNS = {
    "件": ["案件", "议案", "建议", "提案", "信访件", "民生实事", "检察建议", "", "", ""],
    "人": ["", "", "", "被告人", "犯罪嫌疑人", "干部", "代表"],
    "人次": ["", "", "群众"],
    "名": ["代表", "干部", "委员", "法官", "检察官", "残疾儿童", "学生", "志愿者", "帮扶人员", ""],
    "位": ["同志", "代表", "专家", "委员", ""],
    "家": ["企业", "法院", "医院", "单位", "银行", "示范企业", "检察院", "", "民营企业"],
    "个": ["项目", "村", "县", "乡镇", "部门", "集体", "典型案例", "重点项目", "示范区", "工程", "问题", "小组", "专班", "基地", "行政村", "社区"],
    "项": ["措施", "指标", "任务", "工作", "制度", "议程", "重点工程", "", "质效指标"],
    "条": ["意见", "建议", "措施", "举措", "线路", "具体举措", "", "产业链"],
    "部": ["法规", "规章", "地方性法规", "文件", "作品", ""],
    "次": ["", "", "会议"],
    "批": ["", "项目", "名单"],
    "所": ["学校", "幼儿园", "医院", "中小学"],
    "座": ["水库", "桥梁", "人工湿地", "变电站", ""],
    "户": ["农户", "家庭", "企业", "脱贫户", ""],
    "宗": ["土地", "案件", ""],
    "起": ["事故", "案件", "", "火灾"],
    "种": ["产品", "野生动物", "药品", ""],
    "类": ["", "案件", "事项"],
    "方面": ["的建议", "的意见", "的问题", "", "内容"],
    "章": [""],
    "场": ["活动", "培训", "宣讲", "演出", ""],
    "期": ["培训班", "学习班"],
    "篇": ["文章", "调研报告", "论文"],
    "份": ["报告", "意见书", "文件", "问卷"],
    "台": ["设备", "机器人", "充电桩"],
    "辆": ["车辆", "新能源汽车", "公交车"],
    "处": ["隐患", "问题", "景区", ""],
    "套": ["住房", "设备", "保障性住房"],
    "张": ["", "床位"],
    "件次": [""],
    "例": ["病例", "手术", ""],
    "笔": ["贷款", "资金", ""],
    "支": ["队伍", "服务队"],
    "架": ["无人机", "飞机"],
    "株": ["树木", "古树", ""],
    "头": ["牛", "生猪"],
    "只": ["羊", ""],
    "门": ["课程", ""],
    "轮": ["巡视", ""],
    "封": ["信件", "来信"],
    "份次": [""],
    "例次": [""],
    "场次": [""],
    "亿人次": [""],
}
ADMIN_CLS = ["省", "市", "县", "区", "部门", "地", "省区", "国", "镇", "村", "案", "院", "乡", "县区", "县(市、区)"]
COUNT_VERBS = ["共", "累计", "新增", "受理", "审结", "办结", "完成", "建成", "培育", "认定", "新建", "改造", "发出",
               "提出", "组织", "开展", "举办", "帮扶", "出台", "制定", "修改", "审议", "批准", "涉及", "覆盖", "有",
               "形成", "推出", "引进", "培训", "救助", "解决", "查处", "选举产生", "列入", "入选", "发布", "建设",
               "打造", "命名", "新收", "结案", "起诉", "判处", "办理", "化解", "排查", "整改", "收到", "交办",
               "接待", "走访", "调解", "吸纳", "带动", "安置", "资助", "表彰", "新认定", "新设立", "设立", "新开工"]
PLAIN_NOUNS = ["农牧民", "群众", "人口", "就业岗位", "党员", "市场主体", "游客", "居民", "农民工", "高校毕业生",
               "脱贫人口", "经营主体", "老年人", "儿童"]
DA_NOUNS = ["旅游板块", "领域", "重点产业链", "行动", "工程", "体系", "基地", "任务", "板块", "专项行动", "战略"]

PCT_VERBS = ["增长", "下降", "同比增长", "同比上升", "同比下降", "占比", "比例达到", "覆盖率达到", "提高到", "降低",
             "达到", "为", "结案率", "完成率", "达", "增加", "减少", "上升", "回落", "占", "提升到", "降至", "超过",
             "增速", "好于全国", "达标率", "满意度", "收缴率", "执行到位率", "采纳率"]
PP_VERBS = ["提高", "上升", "下降", "高于全国", "低于全国", "增加", "降低", "提升", "分别提高", "比上年提高", "回落", "快于全国"]
MONEY_VERBS = ["完成投资", "投入", "下达", "筹措", "争取", "发放", "执行到位", "挽回经济损失", "实现营业收入", "达到",
               "拨付", "安排资金", "支出", "收入", "为", "累计投入", "追缴", "退还", "发行", "减免", "营业收入达",
               "地区生产总值", "一般公共预算收入", "涉案金额", "判处罚金", "标的额", "增加值", "贷款余额"]
QTY_UNITS = ["亩", "万亩", "平方米", "万平方米", "平方公里", "公里", "千米", "米", "吨", "万吨", "亿吨", "公斤", "千克",
             "千瓦", "万千瓦", "亿千瓦", "千瓦时", "亿千瓦时", "万千瓦时", "立方米", "亿立方米", "万立方米", "微克/立方米",
             "吨标准煤", "万吨标准煤", "公顷", "毫米", "斤", "亿斤", "万斤", "斤/亩", "GW", "MW", "千伏", "万伏", "英寸",
             "mm", "km", "吨/年", "万吨/年", "兆瓦", "度", "升", "标箱", "万标箱", "床", "Mbps"]
QTY_VERBS = ["新增", "建成", "完成", "治理", "营造林", "造林", "复垦土地", "新改建农村公路", "粮食产量", "播种面积",
             "发电量", "装机容量", "改造", "修复", "覆盖", "达到", "浓度为", "降至", "下降到", "铺设", "修建", "减少"]
DUR_UNITS = ["年", "年", "个月", "天", "日", "小时", "周", "分钟", "个工作日", "周年", "年半", "天半"]
ORD_CLS = ["届", "次", "批", "名", "位", "期", "轮", "个", "年", "家", "季"]
PRE_Q = ["约", "近", "超过", "超", "逾", "不足", "不到", "达", "共", "累计", "仅", "约为", "至少", "不少于", "不超过",
         "突破", "将近", "高达", "已达", "接近"]
POST_Q = ["左右", "以上", "以下", "以内", "上下"]

FILLERS = [
    "坚持以习近平新时代中国特色社会主义思想为指导", "深入贯彻落实习近平法治思想", "全面贯彻落实党中央决策部署",
    "在市委的坚强领导下", "在市人大及其常委会的有力监督下", "紧扣“公正与效率”主题", "接续奋斗、砥砺前行",
    "各项工作取得新突破、实现新发展", "依法履行审判职能", "持续优化法治化营商环境", "推动高质量发展取得新成效",
    "切实维护社会大局稳定", "扎实推进全面从严治党", "认真听取代表意见建议", "不断提升司法公信力",
    "着力解决群众急难愁盼问题", "推动各项决策部署落地见效", "统筹发展和安全", "加强队伍建设",
    "强化法律监督", "坚持人民至上", "完善工作机制", "健全制度体系", "营造良好氛围", "积极回应社会关切",
    "常委会组成人员认为", "会议强调", "报告指出", "审议中", "同时", "此外", "目前", "与此同时", "总体来看",
    "推进乡村振兴", "加快建设美丽幸福新家园", "守牢安全底线", "深化改革创新", "巩固拓展脱贫攻坚成果",
    "加快推进产业转型", "大力发展文化旅游", "持续改善生态环境", "依法保障人民权益", "做好各项准备工作",
    "提高议事质量和效率", "依照宪法和法律规定行使职权", "由常务委员会召集", "会议听取并审议了有关报告",
    "现将有关情况报告如下", "请予审议", "主要内容如下", "经研究", "根据有关法律规定", "结合本地实际",
]
NEG_WORDS = [
    "一体化", "进一步", "统一", "一般", "唯一", "一线", "一把手", "一致", "一贯", "一律", "万一", "千方百计",
    "百姓", "三农", "一站式", "“一带一路”", "新一轮", "一批", "一些", "之一", "一系列", "一审", "二审",
    "两级法院", "市县两级", "三级联动", "一方面", "另一方面", "一同", "一流", "同一", "第一产业",
    "第三产业", "第二产业", "一等奖", "二、三等奖", "一等功", "一级巡视员", "二级巡视员", "5G", "4A级", "5A级",
    "G0616", "PM2.5", "PM25", "PM10", "12345热线", "12309检察服务中心", "12368热线", "“十四五”规划",
    "“两个维护”", "“两个确立”", "“四大检察”", "“五好”", "“三个规定”", "“三保”", "“1+13+N”",
    "“双高”", "世界500强", "第二医院", "第一医院", "五年规划", "过半数", "“百日行动”", "数十", "几百", "上百",
    "成千上万", "数万", "“千万工程”", "“一号工程”", "一网通办", "一次性", "一件事", "一盘棋", "“五大基地”",
    "三年行动", "“三年行动”", "“第一责任人”", "千万级集装箱泊位群", "“一个不变”", "每一个案件",
    "一项重要工作", "一个新阶段", "一体", "一是", "“一府一委两院”", "“四个一”", "一带",
    "“十三五”", "“十五五”", "一方", "一旦", "一度", "一定", "一手抓", "一揽子", "二维码", "三维",
    "“双碳”", "“三农”", "“六稳”“六保”", "一核两翼", "2+N", "“3+X”", "“１＋X”政策体系", "4S店", "5A级景区",
    "项目前期", "前期工作", "今后一个时期", "当前和今后一个时期", "同一部门", "同一类", "一段时间", "一以贯之",
    "一心一意", "一如既往", "三令五申", "五湖四海", "千家万户", "万众一心", "独一无二", "百花齐放", "千头万绪",
    "一丝不苟", "一张蓝图绘到底", "一体推进", "一并", "一道", "一番", "十分重要", "百年大计", "万无一失",
]
DOC_NO_PREFIX = ["晋政发", "晋人办函", "晋政办发", "晋人常", "吕政发", "法发", "高检发", "晋发", "中办发", "国发",
                 "晋检发", "晋法", "财预", "晋财预"]
ENUM_ITEMS = ["钢铁", "煤炭", "有色", "建材", "化工", "石化", "纺织", "机械", "电子", "汽车", "船舶", "轻工", "医药", "电力",
              "交通", "通信", "能源", "农业", "林业", "渔业", "畜牧", "食品", "家电", "航天", "冶金", "物流", "金融",
              "旅游", "文化", "教育", "卫生", "体育", "信息", "商贸", "港口", "铁路", "民航", "邮政"]
ENUM_NOUNS = ["行业", "产业", "领域", "部门", "国有控股公司", "企业集团", "方面", "板块", "产业集群", "支柱产业", "重点行业",
              "系统", "产业转型攻坚战", "行业的改革试点"]
NOUN_AFTER_ADMIN = ["法院", "检察院", "政府", "人大", "代表", "联合", "协作", "共同"]


class Synth(G):
    def __init__(self, seed):
        super().__init__(seed)

    # each builder returns a list of segments: str (O) or (text, TYPE)
    # mention text may contain "|" between number and unit (render may put a space or line break there)

    def q_pre(self, seg, p=0.2):
        if self.p(p):
            return [self.c(PRE_Q)] + seg
        return seg

    def q_post(self, seg, p=0.12):
        if self.p(p):
            return seg + [self.c(POST_Q)]
        return seg

    # ---- COUNT -------------------------------------------------------------
    def count_mention(self):
        r = self.r.random()
        if r < 0.72:
            cls = self.c(list(CLS_NOUNS))
            noun = self.c(CLS_NOUNS[cls])
            num = self.count_num()
            if self.p(0.06):  # range
                a = self.logint(1, 500)
                b = a + self.logint(1, 500)
                sep = self.c(["—", "-", "至", "~", "－", "到"])
                num = f"{a}{sep}{b}" if self.p(0.8) else f"{self.cn(a)}{sep if sep in '至到' else '至'}{self.cn(b)}"
            return [(num + "|" + cls, "COUNT"), noun]
        if r < 0.8:
            n = self.count_num(1, 40, cn_p=0.6, scale_p=0, approx_p=0)
            return [(n + "|" + self.c(ADMIN_CLS), "COUNT"), self.c(NOUN_AFTER_ADMIN)]
        if r < 0.88:
            n = self.count_num(1, 99999, cn_p=0.1, scale_p=0.6, approx_p=0.05)
            return [(n, "COUNT"), self.c(PLAIN_NOUNS)]
        if r < 0.94:
            n = self.cn(self.r.randint(2, 12)) if self.p(0.7) else str(self.r.randint(2, 12))
            if self.p(0.25):
                return [(n + "大类", "COUNT")]
            return [(n + "大", "COUNT"), self.c(DA_NOUNS)]
        # 万 / 千 counts without digits (近万件 -> 万件)
        return [self.c(["近", "超", "逾", ""]), (self.c(["万", "千"]) + self.c(["件", "人", "种", "家", "名"]), "COUNT")]

    def count_clause(self):
        seg = self.count_mention()
        seg = self.q_post(self.q_pre(seg, 0.15), 0.08)
        return [self.c(COUNT_VERBS)] + seg

    # ---- MONEY -------------------------------------------------------------
    def money_mention(self):
        r = self.r.random()
        if r < 0.88:
            return [(self.amount() + "|" + self.c(["元"] * 12 + ["美元", "欧元", "港元"]), "MONEY")]
        if r < 0.95:
            return [(str(self.logint(1, 99999)) + "|" + self.c(["元/人", "元/吨", "元/月", "元/平方米", "元/亩", "元/人·年"]), "MONEY")]
        return ["“", (self.c(["百亿", "千亿", "万亿"]), "MONEY"), self.c(["工程”", "工程”", "行动”"])] if self.p(0.5) else \
            [(self.c(["百亿", "万亿"]), "MONEY"), self.c(["工程", "国债", "资金"])]

    def money_clause(self):
        return [self.c(MONEY_VERBS)] + self.q_post(self.q_pre(self.money_mention(), 0.15), 0.08)

    # ---- PERCENT / PERCENT_POINT / RATIO -----------------------------------
    def pct_mention(self):
        r = self.r.random()
        if r < 0.8:
            v = self.dec(0, 100, self.c([0, 1, 1, 2])) if self.p(0.85) else self.dec(100, 999, 0)
            if self.p(0.05):
                v = self.c(["-", "－"]) + v
            return [(v + "|" + "%", "PERCENT")]
        if r < 0.9:
            n = self.r.randint(1, 99)
            s = "百分之" + self.cn(n, liang=False)
            if self.p(0.35):
                s += "点" + "".join(CN_DIG[int(d)] for d in str(self.r.randint(1, 99)))
            return [(s, "PERCENT")]
        return [(self.c(["一", "两", "三", "四", "五", "六", "七", "八", "九"]) + "成", "PERCENT")]

    def pct_clause(self):
        return [self.c(PCT_VERBS)] + self.q_post(self.q_pre(self.pct_mention(), 0.12), 0.1)

    def pp_mention(self):
        v = self.dec(0.1, 30, self.c([0, 1, 1, 2])) if self.p(0.85) else self.cn(self.r.randint(1, 20), liang=False)
        return [(v + "|" + self.c(["个百分点", "个百分点", "个百分点", "百分点"]), "PERCENT_POINT")]

    def pp_clause(self):
        return [self.c(PP_VERBS)] + self.q_pre(self.pp_mention(), 0.1)

    def ratio_mention(self):
        r = self.r.random()
        if r < 0.45:
            v = self.dec(1, 30, self.c([0, 0, 1, 2])) if self.p(0.8) else self.cn(self.r.randint(1, 10))
            return [(v + "|" + "倍", "RATIO")]
        if r < 0.75:
            a = self.r.randint(2, 10)
            b = self.r.randint(1, a - 1)
            return [(cn_num(a) + "分之" + cn_num(b), "RATIO")]
        if r < 0.88:
            sep = self.c(["∶", ":", "：", "比"])
            parts = [self.dec(0.5, 9, self.c([0, 0, 1, 2])) for _ in range(self.c([2, 2, 2, 3]))]
            return [(sep.join(parts), "RATIO")]
        return [self.c(["“案－件比”为", "“案-件比”降低至", "案件比为", "比值为", "比率为", "系数为"]),
                (self.dec(0.5, 3, self.c([2, 3])), "RATIO")]

    def ratio_clause(self):
        r = self.r.random()
        if r < 0.5:
            return [self.c(["增长", "是上年的", "达到全国平均水平的", "提高", "扩大", "增加", "为"])] + self.ratio_mention()
        if r < 0.8:
            return [self.c(["经过", "有", "超过", "占", "不足"])] + self.ratio_mention() + [self.c(["以上", "", ""]) + self.c(["代表联名", "的代表出席", "", "的组成人员"])]
        return self.ratio_mention()

    # ---- DATE --------------------------------------------------------------
    def year(self):
        return self.r.randint(1978, 2030) if self.p(0.9) else self.r.randint(1949, 1977)

    def date_mention(self, allow_opt=True):
        r = self.r.random()
        y, m, d = self.year(), self.r.randint(1, 12), self.r.randint(1, 28)
        cnf = self.p(0.07)
        Y = (cn_digits(y) if cnf else str(y)) + "|年"
        M = (cn_num(m) if cnf else str(m)) + "|月"
        D = (cn_num(d) if cnf else str(d)) + "|日"
        if r < 0.22:
            return [(Y.replace("|", "|") + ("度" if self.p(0.12) else ""), "DATE")]
        if r < 0.32:
            return [(Y + M + ("份" if self.p(0.1) else ""), "DATE")]
        if r < 0.55:
            return [(Y + M + D, "DATE")]
        if r < 0.67:
            return [(M + D, "DATE")]
        if r < 0.72:
            return [(M if self.p(0.7) else "元月", "DATE"), self.c(["底", "初", "中旬", "以来", "份", ""])]
        if r < 0.8:  # ranges
            k = self.r.random()
            sep = self.c(["至", "—", "-", "－", "~", "到"])
            if k < 0.3:
                return [(f"{y}{sep}{y + self.r.randint(1, 5)}|年" + ("度" if self.p(0.3) else ""), "DATE")]
            if k < 0.55:
                m2 = min(12, m + self.r.randint(1, 6))
                return [(f"{y}年{m}{sep}{m2}月", "DATE")]
            if k < 0.7:
                return [(f"{m}{sep}{min(12, m + self.r.randint(1, 6))}月", "DATE")]
            if k < 0.85:
                return [(f"{y}年{m}月{d}日至{min(31, d + self.r.randint(1, 3))}日", "DATE")]
            return [(f"{cn_digits(y)}年至{cn_digits(y + self.r.randint(1, 5))}年", "DATE")]
        if r < 0.84:  # a day written after a date
            return [(M + D, "DATE"), "、", (str(min(31, d + 1)) + "|日", "DATE")]
        if r < 0.88:
            return [(self.c(["二十", "九十", "八十", "七十", "五十"]) + "年代", "DATE")]
        if r < 0.91:  # year without 年 in an event name
            return [(str(y), "DATE"), self.c(["黄河非遗大展", "夏季达沃斯论坛", "太原国际通用航空博览会", "中国品牌日活动", "世界晋商大会"])]
        if r < 0.96 and allow_opt:  # quarters, half-years (optional in gold, labelled)
            return [(self.c(["一季度", "第一季度", "前三季度", "上半年", "下半年", "第二季度", "二季度", "四季度", "前两季度", "第三季度"]), "DATE")]
        if allow_opt:
            return ["“", (f"{m}·{d}", "DATE"), "”" + self.c(["事故", "重大火灾事故", "案件", "专案"])]
        return [(Y, "DATE")]

    def date_clause(self):
        r = self.r.random()
        seg = self.date_mention()
        if r < 0.3:
            return seg + ["，"]
        if r < 0.45:
            return [self.c(["截至", "自", "于", "从", "在"])] + seg
        if r < 0.55:
            return seg + [self.c(["以来", "前", "起施行", "上午", "下午", "召开", "举行", "底", "初", "末"])]
        return seg

    # ---- DURATION ------------------------------------------------------------
    def dur_mention(self):
        r = self.r.random()
        unit = self.c(DUR_UNITS)
        if r < 0.5:
            n = self.r.randint(1, 30) if self.p(0.8) else self.logint(30, 400)
            num = self.cn(n) if self.p(0.45) else str(n)
        elif r < 0.62:
            num = self.dec(0.5, 90, 1)
        elif r < 0.72:  # compound 三年六个月
            a, b = self.r.randint(1, 15), self.r.randint(1, 11)
            return [(f"{self.cn(a)}年{self.cn(b)}个月" if self.p(0.7) else f"{a}年{b}个月", "DURATION")]
        elif r < 0.8:  # range
            a = self.r.randint(1, 10)
            b = a + self.r.randint(1, 10)
            sep = self.c(["至", "—", "-", "到"])
            num = f"{self.cn(a)}{sep if sep in '至到' else '至'}{self.cn(b)}" if self.p(0.5) else f"{a}{sep}{b}"
        else:
            num = self.cn(self.r.randint(1, 10))
            unit = self.c(["年", "年", "个月", "天", "日"])
        if unit == "日" and self.p(0.7):
            return [(num + "|" + unit, "DURATION"), self.c(["内", "内", "以内", "前"])]
        return [(num + "|" + unit, "DURATION")]

    def dur_clause(self):
        r = self.r.random()
        if r < 0.15:
            return [self.c(["判处有期徒刑", "有期徒刑", "缓刑", "判处被告人有期徒刑"])] + [(self.cn(self.r.randint(1, 20)) + "年", "DURATION")] + self.c([[], [], ["，缓刑", (self.cn(self.r.randint(1, 5)) + "年", "DURATION")]])
        if r < 0.28:
            return [(self.c(["一年", "五年", "三年", "两年", "十年"]), "DURATION"), self.c(["来", "来，", "以来"])] if self.p(0.5) else \
                [self.c(["过去", "今后", "未来"]), (self.c(["一年", "五年", "三年", "两年"]), "DURATION")]
        if r < 0.4:
            return [self.c(["连续", "近", "历时", "用时", "持续", "提前"])] + self.dur_mention()
        seg = self.dur_mention()
        if self.p(0.2):
            seg = seg + [self.c(["内", "以内", "多", "左右", "以上"])]
        return [self.c(["期限为", "会期", "平均审理天数为", "缩短至", "仅需", "工期", "每次不超过", "延长", "", "在", "应当在", "超过"])] + seg

    # ---- ORDINAL ---------------------------------------------------------------
    def ord_mention(self):
        r = self.r.random()
        n = self.r.randint(1, 30) if self.p(0.85) else self.r.randint(30, 200)
        num = cn_num(n) if self.p(0.75) else str(n)
        if r < 0.45:
            return [("第" + num + self.c(ORD_CLS), "ORDINAL")]
        if r < 0.6:
            return [("第" + num, "ORDINAL")]
        if r < 0.75:
            return [(cn_num(self.r.randint(1, 20)) + "届", "ORDINAL"), self.c(["人大", "人大常委会", "全国人大", "政协", "人大代表"])]
        if r < 0.85:
            return [("前" + (cn_num(self.r.randint(2, 20)) if self.p(0.7) else str(self.r.randint(2, 50))), "ORDINAL")]
        return [(cn_num(self.r.randint(1, 6)) + self.c(["期"]), "ORDINAL"), self.c(["工程", "项目", "改扩建"])]

    def ord_clause(self):
        r = self.r.random()
        if r < 0.35:
            # 省十四届人大常委会第七次会议 / 十二届七次全会
            t = self.r.randint(8, 14)
            k = self.r.randint(1, 30)
            parts = [self.c(["省", "市", "全国", "山西省", ""])]
            parts.append((self.c(["第", ""]) + cn_num(t) + "届", "ORDINAL"))
            if self.p(0.5):
                parts += ["人大常委会", ("第" + (cn_num(k) if self.p(0.8) else str(k)) + "次", "ORDINAL"), self.c(["会议", "主任会议", "全体会议"])]
            elif self.p(0.5):
                parts += ["人民代表大会", ("第" + cn_num(self.r.randint(1, 7)) + "次", "ORDINAL"), "会议"]
            else:
                parts += ["人大", (cn_num(self.r.randint(1, 7)) + "次", "ORDINAL"), self.c(["会议", "全会"])]
            return parts
        if r < 0.5:
            return [self.c(["全省", "全国", "全市", "排名", "居全国", "位列全省", "排全国"])] + \
                [("第" + (cn_num(self.r.randint(1, 30)) if self.p(0.5) else str(self.r.randint(1, 30))) + self.c(["", "", "位", "名"]), "ORDINAL")]
        if r < 0.57:  # list of ranks sharing one classifier
            a, b, c = self.r.sample(range(1, 20), 3)
            return ["排全国", (f"第{a}", "ORDINAL"), "、", (f"{b}", "ORDINAL"), "、", (f"{c}位", "ORDINAL")]
        if r < 0.62:
            return [self.c(["党的", ""]), (self.c(["二十大", "十八大", "十九大", "十四大"]), "ORDINAL"), self.c(["精神", "以来", "和"])]
        return [self.c(["召开", "举行", "举办", "开展", "启动", "组织", "是", "为", "", "获评"])] + self.ord_mention()

    # ---- QUANTITY / NUMBER -------------------------------------------------------
    def qty_mention(self):
        r = self.r.random()
        unit = self.c(QTY_UNITS)
        if r < 0.12:
            return [(str(self.r.randint(1, 100)) + "|" + self.c(["岁", "周岁"]), "QUANTITY")]
        if r < 0.55:
            num = str(self.logint(1, 99999))
        elif r < 0.85:
            num = self.dec(0.1, 9999, self.c([1, 1, 2]))
        elif r < 0.93:
            num = self.cn(self.logint(1, 999))
        elif r < 0.97:
            a = self.logint(1, 100)
            num = f"{a}{self.c(['—', '-', '至', '~'])}{a + self.logint(1, 100)}"
        else:  # 2×100万千瓦
            num = f"{self.r.randint(1, 6)}{self.c(['×', 'x', '*'])}{self.c([35, 60, 66, 100, 30, 5])}万"
            unit = self.c(["千瓦", "千瓦", "吨"])
        if unit[0] not in "万亿" and self.p(0.15):
            num += self.c(["万", "亿"])
        if self.p(0.05):
            num += self.c(["余", "多"])
        return [(num + "|" + unit, "QUANTITY")]

    def qty_clause(self):
        return [self.c(QTY_VERBS)] + self.q_post(self.q_pre(self.qty_mention(), 0.15), 0.08)

    def number_clause(self):
        return [self.c(["发展指数达到", "综合指数", "指数为", "指数达", "得分为", "评分", "价格指数为", "景气指数"]),
                (self.dec(50, 999, self.c([0, 1, 1])) if self.p(0.7) else str(self.r.randint(50, 999)), "NUMBER")]

    # ---- hard negatives ---------------------------------------------------------
    def neg_doc_no(self):
        y = self.r.randint(2015, 2025)
        n = self.r.randint(1, 200)
        r = self.r.random()
        if r < 0.5:
            return f"{self.c(DOC_NO_PREFIX)}〔{y}〕{n}号"
        if r < 0.7:
            return f"({y}){self.r.randint(10000, 99999)}号" if self.p(0.5) else f"（{y}）晋{self.r.randint(1, 12):02d}民终{n}号"
        if r < 0.85:
            return f"中发{n}号文件" if self.p(0.5) else f"({n:04d}号)"
        return f"{self.c(['最高法院', '最高检', ''])}{n}号{self.c(['检察建议', '司法建议', '令', '文件'])}"

    def negative(self):
        if self.contrasts and self.p(0.04):  # issue numbers of a newspaper's page list (v2.2: taken for dates on dev)
            return f"第{self.r.randint(2015, 2025)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}期"
        r = self.r.random()
        if r < 0.42:
            return self.c(NEG_WORDS)
        if r < 0.55:
            return self.neg_doc_no()
        if r < 0.62:
            return self.c(["热线", "服务热线", "举报电话", "检察服务热线", "政务服务热线"]) + self.c(["12345", "12309", "12368", "12348", "12315", "110"])
        if r < 0.72:  # article labels and references
            a = cn_num(self.r.randint(1, 80))
            return self.c([f"第{a}条", f"本法第{a}条", f"第{a}条第{cn_num(self.r.randint(1, 4))}款",
                           f"第{a}条规定", f"第{cn_num(self.r.randint(1, 9))}章", f"第{a}条第{cn_num(self.r.randint(1, 4))}款第{cn_num(self.r.randint(1, 6))}项",
                           f"第{cn_num(self.r.randint(1, 9))}节"])
        if r < 0.78:
            return self.c(["表", "图", "附件", "附表"]) + str(self.r.randint(1, 12))
        if r < 0.83:
            return f"[{self.r.randint(1, 20)}]" if self.p(0.5) else f"{self.r.randint(1, 23)}时{self.c(['', '30分', '整'])}"
        if r < 0.9:
            q = self.p(0.7)
            return ("“" if q else "") + self.c(["1+13+N", "3+N", "1+X", "1+3", "1161", "4+2", "1+N", "5+2", "1+5+N"]) + \
                ("”" if q else "") + self.c(["工作思路", "模式", "体系", "工程", "政策体系"])
        if r < 0.95:
            return f"G{self.r.randint(1, 9999):04d}" + self.c(["国道", "高速", "线"])
        return f"{self.r.randint(1, 9)}{self.c(['G', 'A级', 'A级景区', 'S店'])}"

    def marker(self, style_ascii):
        # budget lists run past 15 items (v2.2: 26、 and （2） were taken for mentions on dev)
        k = self.r.randint(1, 15) if not self.contrasts or self.p(0.85) else self.r.randint(16, 40)
        c = cn_num(k)
        r = self.r.random()
        if r < 0.3:
            return c + "、"
        if r < 0.5:
            return (f"({c})" if style_ascii else f"（{c}）")
        if r < 0.65:
            return f"{k}." if self.p(0.6) else f"{k}、"
        if r < 0.8:
            return c + "是"
        if r < 0.9:
            return f"({k})" if style_ascii else f"（{k}）"
        return f"{c}要"

    # ---- sentences --------------------------------------------------------------
    CLAUSES = ["count", "count", "count", "count", "money", "money", "pct", "pct", "pct", "pp", "ratio", "date", "date",
               "date", "dur", "ord", "ord", "qty", "number"]
    # --contrasts (v2.2 on): one clause kind more, list markers past 15, newspaper issue numbers
    contrasts = False

    def clause(self, kind=None):
        kind = kind or self.c(self.CLAUSES + ["contrast"] if self.contrasts else self.CLAUSES)
        if kind == "number" and self.p(0.6):
            kind = "count"
        return {"count": self.count_clause, "money": self.money_clause, "pct": self.pct_clause, "pp": self.pp_clause,
                "ratio": self.ratio_clause, "date": self.date_clause, "dur": self.dur_clause, "ord": self.ord_clause,
                "qty": self.qty_clause, "number": self.number_clause, "contrast": self.contrast_clause}[kind]()

    # ---- contrasts the dev splits showed the model lacks (v2.2) -------------------
    # Categories read off the dev errors, written with their own vocabulary (no dev
    # sentence is copied): a count after a list of its items (D-5's "how many"),
    # money as a bare scale (D-52) or a bare unit before 以上, article 一个/一年 that
    # are not mentions (D-5, D-30) beside 一年/第一年 that are.
    def contrast_clause(self):
        r = self.r.random()
        if r < 0.3:
            k = self.r.randint(2, 5)
            items = self.r.sample(ENUM_ITEMS, k)
            joined = "、".join(items) if self.p(0.8) else "、".join(items[:-1]) + "和" + items[-1]
            n = cn_num(k) if self.p(0.85) else str(k)
            if k == 2 and self.p(0.5):
                n = "两"
            return [self.c(["推动", "加快", "抓好", "做强", "完成", "支持", ""]) + joined, (n + self.c(["个", "个", "大", "项"]), "COUNT"),
                    self.c(ENUM_NOUNS)]
        if r < 0.45:
            return [self.c(["新建续建", "全年实施", "新开工", "签约", "引进", "在建", "推进"]),
                    (self.c(["亿元", "亿元", "十亿元", "百亿元", "千万元"]), "MONEY"), "以上", self.c(["项目", "产业项目", "重大项目", "招商项目"])]
        if r < 0.55:
            return [self.c(["每年", "连续", "先后", "首次", ""]) + self.c(["跨越", "跨过", "迈上", "站上", "突破"]) + self.c(["一个", "", "两个"]),
                    (self.c(["千亿", "万亿", "百亿"]), "MONEY"), self.c(["台阶", "大关", "级台阶"])]
        if r < 0.8:  # not mentions: 一 as "a/an", 一年 as "a year"
            return [self.c([
                "这是" + self.c(["极不平凡", "很不平凡", "改革力度较大", "增幅最高", "发展最快", "困难较多", "成效显著"]) + "的一年",
                "新的一年", "有一个" + self.c(["好的", "稳定的", "良好的"]) + self.c(["领导班子", "发展环境", "开局", "收成"]),
                "这是" + self.c(["今年", "去年", "近年来"]) + "的一个" + self.c(["突出特点", "重要标志", "显著变化"]),
                "交出一份" + self.c(["满意的答卷", "合格答卷"]), "形成一个" + self.c(["良好局面", "新的增长点"]),
            ])]
        return self.c([
            [self.c(["今后", "过去", "未来"]), ("一年", "DURATION"), self.c(["的主要任务", "的工作", "来"])],
            [self.c(["履职", "任期", "规划实施"]), ("第一年", "ORDINAL")],
            ["用", (self.c(["一年", "两年", "三年"]), "DURATION"), "时间"],
        ])

    def stat_sentence(self):
        """同比分别上升7.39%、9.47% / 分别提高4.08和3.76个百分点 / 3件9人 ..."""
        r = self.r.random()
        if r < 0.25:
            a, b = self.pct_mention(), self.pct_mention()
            return [self.c(["同比分别上升", "分别增长", "分别下降", "同比分别增长"])] + a + [self.c(["、", "和"])] + b
        if r < 0.4:
            v1, v2 = self.dec(0.1, 20), self.dec(0.1, 20)
            u = self.c(["个百分点", "%", "倍"])
            t = {"个百分点": "PERCENT_POINT", "%": "PERCENT", "倍": "RATIO"}[u]
            return [self.c(["分别提高", "分别增长", "分别下降"]), (v1, t), self.c(["和", "、"]), (v2 + "|" + u, t)]
        if r < 0.6:
            c1, c2 = self.c([("件", "人"), ("起", "人"), ("个", "名"), ("章", "条"), ("件", "名"), ("个", "项"),
                             ("家", "人"), ("省", "地"), ("批", "家"), ("条", "款")])
            if c1 == "章" and self.p(0.5):
                return [self.c(["修订草案共", "草案共", "删除", "共", "现修订草案共"]),
                        (self.cn(self.r.randint(1, 12)) + c1, "COUNT"), (self.cn(self.r.randint(10, 99)) + c2, "COUNT")]
            return [self.c(["审结", "起诉", "办理", "新收", "查办"]), (self.count_num(1, 999) + "|" + c1, "COUNT"),
                    self.c(["", " ", "、"]), (self.count_num(1, 999) + "|" + c2, "COUNT")]
        if r < 0.8:
            return [self.c(["共", "分别为", "依次为"]), (self.amount() + "元", "MONEY"), "、", (self.amount() + "元", "MONEY")]
        c = self.c(["个", "家", "项", "人"])
        return [self.c(["分别为", "分别有", "其中"]), (str(self.logint(1, 99)), "COUNT"), "、", (str(self.logint(1, 99)) + "|" + c, "COUNT")]

    def sentence(self, style_ascii):
        r = self.r.random()
        segs = []
        if r < 0.07:  # legal article sentence
            segs += [self.c(["第" + cn_num(self.r.randint(1, 80)) + "条\u3000", "第" + cn_num(self.r.randint(1, 80)) + "条　"])]
        n = self.c([1, 1, 2, 2, 2, 3, 3, 4])
        for i in range(n):
            if i:
                segs.append(self.c(["，", "，", "，", "；", "、", "，其中", "，同比", "，比上年"]))
            x = self.r.random()
            if x < 0.5:
                segs += self.clause()
            elif x < 0.62:
                segs += self.stat_sentence()
            elif x < 0.8:
                segs.append(self.c(FILLERS))
            else:
                # negatives embedded in report prose
                segs += [self.c(["推进", "落实", "实施", "依据", "按照", "开展", "围绕", "深化", "做到", "构建", "出台"]),
                         self.negative(), self.c(["", "工作", "要求", "建设", "机制", "改革", "的规定", "精神"])]
                if self.p(0.3):
                    segs.append(self.c(FILLERS))
        segs.append(self.c(["。", "。", "。", "；", "！"]) if not style_ascii else self.c([".", ".", ";"]))
        return segs

    def heading(self, style_ascii):
        r = self.r.random()
        segs = [self.marker(style_ascii)]
        if r < 0.3:
            segs += [self.c(FILLERS)]
        elif r < 0.5:
            segs += self.date_mention(allow_opt=False) + [self.c(["工作情况", "工作回顾", "预算执行情况", "工作安排", "主要任务"])]
        elif r < 0.65:
            d = self.date_mention(allow_opt=False)
            tail = [self.c(["山西省", "省", "市"]), ("第" + cn_num(self.r.randint(8, 14)) + "届", "ORDINAL"),
                    self.c(["人民代表大会常务委员会", "人大常委会", "人民代表大会"]),
                    ("第" + cn_num(self.r.randint(1, 30)) + "次", "ORDINAL"), "会议通过"]
            if self.p(0.3):
                tail = [self.c(["省人大常委会主任会议通过", "通过", "修订"])]
            return ["（" if not style_ascii else "("] + d + tail + [")" if style_ascii else "）"]
        elif r < 0.8:
            return ["—" + str(self.r.randint(1, 60)) + "—"] if self.p(0.6) else ["- " + str(self.r.randint(1, 60)) + " -"]
        else:
            segs += [self.c(FILLERS)] + self.clause()
        return segs

    # ---- rendering --------------------------------------------------------------
    def render_doc(self, n_sent):
        """Returns (text, mentions) for a synthetic document of about n_sent sentences."""
        fw = self.p(0.5)                     # full-width digits
        ascii_p = self.p(0.45)               # ASCII punctuation (as in the gazette extraction)
        wrap = self.r.random()               # line-wrapping style
        wrap_every = self.r.randint(14, 30)
        wrap_str = self.c(["\n\n", "\n\n", "\n", "\n", "\n ", "\r\n"])
        space_before = self.c([0, 0, 0.3, 0.6])   # "案件 46987件"
        unit_space = self.c([0, 0.02, 0.1])        # "2023 年"
        spaced = self.p(0.02)                      # "负 责 人"

        chars = []  # list of [char, tag] with tag "O", "B-X", "I-X"

        def emit_text(s):
            for ch in s:
                chars.append([ch, "O"])

        def emit_mention(s, typ):
            if space_before and chars and chars[-1][0] not in " \n" and self.p(space_before):
                chars.append([" ", "O"])
            first = True
            for part_i, part in enumerate(s.split("|")):
                if part_i and self.p(unit_space):
                    for ch in self.c([" ", " ", "\n", "\n\n", "  "]):
                        chars.append([ch, "I-" + typ])
                for ch in part:
                    chars.append([ch, ("B-" if first else "I-") + typ])
                    first = False

        paragraphs = []
        left = n_sent
        while left > 0:
            k = min(left, self.c([1, 2, 3, 3, 4, 5]))
            left -= k
            paragraphs.append(k)
        for pi, k in enumerate(paragraphs):
            if pi:
                emit_text(self.c(["\n\n", "\n", "\n\n\u3000\u3000", "\n ", "\n\n  "]))
            elif self.p(0.3):
                emit_text(self.c([" ", "\u3000\u3000", "  "]))
            segs = []
            if self.p(0.35):
                segs += self.heading(ascii_p) + [self.c(["\n\n", "\n", "", "。" if not ascii_p else "."])]
            elif self.p(0.3):
                segs.append(self.marker(ascii_p))
            for _ in range(k):
                segs += self.sentence(ascii_p)
            for s in segs:
                if isinstance(s, tuple):
                    emit_mention(s[0], s[1])
                else:
                    emit_text(s.replace("|", ""))

        # character style: full-width digits / ASCII punctuation (length-preserving)
        PUNCT = {"，": ",", "。": ".", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!"}
        for i, (ch, tag) in enumerate(chars):
            if ascii_p and ch in PUNCT:
                chars[i][0] = PUNCT[ch]
            if fw and ch.isascii() and ch.isdigit():
                chars[i][0] = ch.translate(FW_DIGITS)
            elif fw and ch == "." and i > 0 and chars[i - 1][0].isdigit() and i + 1 < len(chars) and chars[i + 1][0].isdigit():
                chars[i][0] = "．"
            elif fw and ch == "%" and self.p(0.9):
                chars[i][0] = "％"
        if fw and self.p(0.3):  # lost decimal points (PDF damage): 40.2% -> 402％
            chars = [c for i, c in enumerate(chars) if not (c[0] == "．" and c[1] != "O" and self.p(0.5))]

        # spaced-out characters and line wrapping (insert whitespace; inside a mention it is I-X)
        out = []
        col = 0
        next_wrap = wrap_every + self.r.randint(-2, 2)
        for i, (ch, tag) in enumerate(chars):
            if ch == "\n":
                col = 0
            nxt_tag = tag
            if out and wrap < 0.75 and col >= next_wrap:
                inside = tag.startswith("I-")
                for w in wrap_str:
                    out.append([w, tag if inside else "O"])
                col = 0
                next_wrap = wrap_every + self.r.randint(-2, 2)
            elif out and spaced and ch not in "\n " and out[-1][0] not in "\n ":
                out.append([" ", tag if tag.startswith("I-") else "O"])
            out.append([ch, nxt_tag])
            col += 1
        return tagged_spans(out)


def tagged_spans(out):
    """Characters tagged O/B-X/I-X -> (text, spans); whitespace at the edges of a span is never part of it."""
    text = "".join(c for c, _ in out)
    mentions, cur = [], None
    for i, (ch, tag) in enumerate(out):
        if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[2] != tag[2:])):
            if cur:
                mentions.append(cur)
            cur = [i, i + 1, tag[2:]]
        elif tag.startswith("I-"):
            cur[1] = i + 1
        else:
            if cur:
                mentions.append(cur)
            cur = None
    if cur:
        mentions.append(cur)
    return text, [{"start": s, "end": e, "type": t} for s, e, t in trim_spans(mentions, text)]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=6000, help="number of synthetic sentences (seed-style documents)")
    ap.add_argument("--reports-share", type=float, default=0.0,
                    help="share of documents in the genres of the reports corpus (synth_reports.py)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", required=True)
    ap.add_argument("--show", type=int, default=0, help="print this many documents")
    ap.add_argument("--contrasts", action="store_true",
                    help="add the contrasts read off the dev errors (contrast_clause, list markers past 15, issue numbers)")
    args = ap.parse_args()
    from synth_reports import ReportSynth  # a subclass of Synth: one seeded generator for every genre
    g = ReportSynth(args.seed)
    g.contrasts = args.contrasts
    left = args.n
    n_docs = n_ment = n_chars = n_rep = 0
    with open(args.out, "w", encoding="utf-8") as f:
        while left > 0:
            k = min(left, g.r.randint(15, 40))
            if g.p(args.reports_share):
                text, ments = g.render_report_doc(g.r.randint(8, 22))
                n_rep += 1
            else:
                text, ments = g.render_doc(k)
            left -= k
            for m in ments:
                assert text[m["start"]:m["end"]].strip() == text[m["start"]:m["end"]]
            f.write(json.dumps({"text": text, "mentions": ments}, ensure_ascii=False) + "\n")
            n_docs += 1
            n_ment += len(ments)
            n_chars += len(text)
            if n_docs <= args.show:
                print(text)
                print([(text[m["start"]:m["end"]], m["type"]) for m in ments])
    with open(args.out + ".meta.json", "w", encoding="utf-8") as f:
        json.dump({"sentences": args.n, "seed": args.seed, "reports_share": args.reports_share, "documents": n_docs,
                   "report_genre_documents": n_rep, "characters": n_chars, "mentions": n_ment, "contrasts": args.contrasts}, f)
    print(f"synth: {args.n} sentences, {n_docs} documents ({n_rep} in the report genres), {n_chars} characters, "
          f"{n_ment} mentions -> {args.out}")


if __name__ == "__main__":
    main()
