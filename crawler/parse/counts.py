"""How many cases were entered and how many won, as announcements say it.

Announcements give their counts in running prose: ``共申报案例逾330件``, ``收到了上海四十余个案例的申报``,
``精选出“十佳案例”10件、“优秀案例”20件、“提名案例”20件``, ``共评选出一等奖3项、二等奖5项``. The same texts are full
of other numbers: growth rates (``增加超过50%``), totals over all editions (``截至目前…已有近2000个典型案例``), counts
of units (``6581个居村委会``, ``16个区``). This module reads every amount (number + unit) and decides what it counts
from the verb nearest to it, in the same clause, and the noun it counts; anything it cannot place stays unknown.

:func:`parse_counts` is the entry point. Tier names are kept as printed (``十佳案例``, ``一等奖``);
:func:`tier_code` gives a stable code for the usual tiers, for evaluation and cross-competition comparisons.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from crawler.parse.numbers import NUMERAL_CHARS, to_int

# -- what an amount looks like: [qualifier] number [余/多] unit [以上/左右] --------------------------------------------
_QUAL_BEFORE = r"逾|近|将近|接近|超过|超|约|大约"
_QUAL_AFTER = r"余|多"
_QUAL_TAIL = r"以上|左右"
# Units that count cases. 家 / 名 / 位 / 户 count organisations or people and are never read as case counts.
# 例 counts cases too (参评案例453例). 条 counts ideas put forward (收到“金点子”800余条), and only them: see _kind_of.
_UNIT = r"件|个|项|份|篇|组|宗|例|条"
# 数十 / 几十 / 数百 say "dozens", "hundreds": no number is printed, so 十 alone is not read as ten. So do 上百 / 上千 /
# 上万 ("a hundred and more"); 上 before a figure (线上30个) is another word.
_VAGUE = r"(?<![数几])(?!(?<=上)[百千万])"
_AMOUNT = re.compile(
    rf"(?P<qb>{_QUAL_BEFORE})?\s*"
    # 1,024 with a thousands separator is one number, not 1 and 024.
    # A figure glued to a Latin letter before it (G20, A4, k9) is a code, not a count.
    rf"{_VAGUE}(?<![A-Za-z\d])(?P<num>\d+(?:\.\d+)?万|\d{{1,3}}(?:,\d{{3}})+|[{NUMERAL_CHARS}]+)"
    rf"(?P<qa>{_QUAL_AFTER})?\s*(?P<unit>{_UNIT})(?P<qt>{_QUAL_TAIL})?"
)
# A tier's amount may count its winners as people or teams: 一等奖一名、二等奖三名, 10人荣获“十大…之星”.
_TIER_AMOUNT = re.compile(_AMOUNT.pattern.replace(f"(?P<unit>{_UNIT})", f"(?P<unit>{_UNIT}|名|位|人)"))

# -- the words around an amount ---------------------------------------------------------------------------------------
# Verbs that come before the amount: 共申报案例逾330件 / 精选出50件 / 入选案例20个.
# (吸引300余个项目: the entries a call drew)
_ENTRY_BEFORE = (
    r"申报|推荐|选送|征集到|征集|收到|收集到|收集|报送|递交|提交|接收到|接收|参评|参选|参赛|参奖|报名|应征|申请|吸引了?"
)
_SELECT_BEFORE = (
    r"精选出|评选出|遴选出|推选出|评议出|评审出|筛选出|选出|评出|决出|评定出|评定|认定|产生|确定|入选|获评|获奖|发布|公布|推出|揭晓|"
    r"表彰|命名|授予|推介|"
    # 汇编收录典型案例100个: the cases a collection took in are its selection.
    r"收录|"
    # 从…中脱颖而出的甲、乙等8个模式: those who came out on top, named after it.
    r"脱颖而出的|胜出的|"
    # 筛选整理了案例30篇, 确认A等14个案例为…; not 经筛选，/ 经确认，(a step, whatever is counted after it).
    r"筛选(?![，,])|确认(?![，,])"
)
# 选取 / 挑选 pick the winners only out of a pool just named (在498个案例中选取130个); alone (选取10个项目参赛) they
# may put entries forward: see _nearest_verb_before.
_VERB_BEFORE = re.compile(rf"(?P<entry>{_ENTRY_BEFORE})|(?P<select>{_SELECT_BEFORE})|(?P<pooled>选取|挑选)")
# Verbs between a counting verb and an amount that make the amount theirs: 申报在内容上具有三个特征.
_OTHER_VERB = re.compile(r"具有|具备|包括|包含|涉及|覆盖|涵盖|形成|体现|呈现|来自|分为|设置|设立|围绕|聚焦")
# Verbs that come after the amount: 300余个项目报名参赛 / 117个项目参与竞奖 / 60件…的案例脱颖而出.
_ENTRY_AFTER = re.compile(
    # 37个获奖项目不作为申报范畴: a negation between says what may not be entered, so no entries are counted.
    r"^(?P<who>[^，,。；;！？\d不未非无]{0,14}?)(?:参评|参选|参赛|参奖|竞奖|角逐|报名|申报|应征|投稿|提出申请|申请|参[加与]评[选比审]"
    # 共47个项目参加比赛: the contest itself, named as such; 参加初赛 / 预赛 its first round, which all entries enter.
    # (共841个项目进入初赛: the first round all entries go into)
    r"|参[加与]了?(?:比赛|大赛|竞赛|初赛|预赛|海选)|进入(?:初赛|预赛|海选))"
)
_SELECT_AFTER = re.compile(
    r"^[^，,。；;！？]{0,45}?(?:脱颖而出|入选|获奖|获评|胜出|当选|获得表彰|获表彰|被评为|被(?:评选|推选|遴选)为|被命名为|被认定为|被授予|榜上有名|揭晓|出炉|正式发布|公布|"
    # 为首批4个“甲”项目授牌: the plaques handed to the winners.
    r"(?:进行)?授牌|"
    # 现将28个…典型案例印发给你们: the cases a notice sends out are its selection; 等6个项目列入…名单: put on the list.
    r"印发|列入[^，,。；;！？]{0,24}?名单|"
    # 20个项目获得第七届“X奖”: the award won, named; not an organising award, nor prize money (奖金, 奖励).
    r"(?:获得|荣获)了?(?:(?!组织)[^，,。；;！？]){0,24}?奖(?![金励])|"
    # 10个案例获得本届“十佳…案例”荣誉称号: the title conferred on them, named.
    r"(?:获得|荣获|获评)了?[^，,。；;！？]{0,30}?(?:荣誉)?称号|"
    # 14个项目获得了公益创投基金的支持 / 获得创投资助: in a venture-philanthropy contest the funded are the winners.
    r"获得了?[^，,。；;！？]{0,12}?创投(?:基金|资金)?的?(?:资助|支持|扶持))"
)
# What a case count counts. An amount whose clause names none of these is not a case count.
# 来稿 / 稿件 / 征文: an essay contest's entries; 模式: a community's way of working, entered as a case (治理模式).
# 提案 / (金)点子: a residents' proposal or idea, the entry of a call for ideas (征集到73个提案, 收到金点子16个).
_CASE_NOUN = re.compile(
    # 卷宗: the case files a review of mediation or court work judges.
    r"案例|项目|专案|作品|成果|实践|方案|论文|材料|申报书|报名表|经验|做法|典型|工作法|来稿|稿件|征文|模式|提案|点子|卷宗|"
    # 事例 (a case by another word), 申报件, 村规民约, 党建品牌; 院落 and 街巷: the courtyards and lanes a 最美
    # selection judges are its entries.
    r"事例|申报件|村规民约|居民公约|品牌|院落|街巷|"
    # 参赛计划: a plan put in for a contest is its entry (计划 alone is any plan).
    r"参[赛评选]计划"
)
# Nouns right after the unit that show it counts places, organisations or people: 16个区, 6581个居村委会, 10多个学院.
_PLACE_AFTER = re.compile(
    r"^[^，,。；\d]{0,2}?(?:区|县|市|省|镇|乡|街道|街镇|居村|村|社区|单位|部门|委办局|机构|企业|高校|学院|城市|国家|地区|"
    r"专家|人|小区|片区|平台|领域|方面|部分|主题|类别|板块|篇章|环节|阶段|批次|月|年|天|小时)"
)
# A preposition right after a counted noun of places or aspects (7个方面对…, 3个区向…).
_PREPOSITION_AFTER_PLACE = re.compile(r"[对向从把将在为就按]")
# Words in the text just before an amount that make it a difference or a rate, not a count: 较上届增加超过50件.
_CHANGE_BEFORE = re.compile(r"(?:较|比|增加|增长|提高|提升|减少|下降|同比|环比|多出|翻)[^，,。；]{0,4}$")
# 我校…组建了3个团队报名参赛，提交案例3份: a school's story of its own entries, a share of the competition's; unless the
# school runs the competition (我院主办的…共收到…).
_OWN_SHARE = re.compile(r"^\s*(?:我|本)[校院系]")
# 某大学人文学院共有12支队伍参加比赛，6支队伍获得优秀奖: teams counted by the school a sentence opens with are its own.
# 硕士生组比赛吸引了…，提交了69份报告 / 城市赛道共收到…: a sentence about one group (track, division) of a contest
# counts that group's share, not the contest's total.
_CONTEST_GROUP = re.compile(r"^\s*[^，,。；;\d]{1,8}(?:组的?(?:比赛|赛事)|赛道|赛区)")
_SCHOOL_SUBJECT = re.compile(r"^\s*(?:[^，,。；;\d]{0,16}(?:大学|学院|学校)(?!的)|我校|本校|我院|本院)")
_RUNS_IT = re.compile(r"主办|承办|举办|组织开展|发起|征集")
# A rule's limit, not a count: 每支队伍仅可提交一个案例, 每单位限报3项, 最多推荐5个, 不超过2件.
_LIMIT_BEFORE = re.compile(
    r"(?:每(?:个|支|家|所|位|人|单位|队|项目)|仅可|仅能|只可|只能|限报|限推荐|限申报|限提交|最多|至多|不超过|不得超过|原则上|"
    r"(?<![认许])可(?=提交|申报|推荐|报送|选送))"
    r"[^，,。；]{0,10}$"
)
# A clause about other editions or all years together: its counts are not this edition's.
_OTHER_EDITIONS = re.compile(
    rf"累计|截[至止](?:目前|当前|现在|今|发稿)|迄今|至今|历届|历年|往届|上届|上一届|前[{NUMERAL_CHARS}]+届|已有|总计已"
    # 五年来 / 10年间 / 十年里 / 创办以来: a span of years, so every edition in it (一年来 is the one edition's year)
    rf"|(?![一1]年)[{NUMERAL_CHARS}]+年(?:来|间|里)|(?:创办|创立|设立)以来"
    # 去年 is last year's edition, except as the month this one was launched (活动自去年7月启动以来).
    rf"|去年(?![{NUMERAL_CHARS}]{{1,2}}月|[底初末]|年[底初末])"
    # 已推出三批共47个 / 前两批合计…: several batches summed (not 第三批共…, one batch; not 一批, any batch).
    rf"|(?<![第{NUMERAL_CHARS}])(?:[二两三四五六七八九十]+|\d+)批(?:共|累计|合计|总计)"
    # 已成功举办三届…，共评出…: a count over the editions held so far (not 举办第三届, one edition);
    # 已举办8届，每次推选出… counts each edition's, this one's too.
    rf"|(?:举办|举行|开展)了?(?:[二两三四五六七八九十]+|\d+)届(?![^。；;]*?每(?:次|届|年|一届))"
)

# 第二届 / 第三批: editions are numbered in 届 or, for calls that come in batches, in 批.
_EDITION_ORDINAL = re.compile(rf"第\s*([{NUMERAL_CHARS}]+)\s*[届批]")
# 累计 over this edition alone: 活动启动后，累计征集到… / 本次活动累计收到…; a launch dated by a bare year
# (自2015年启动以来) may lie several editions back.
# 本季 / 本期 / 本轮: a contest held in seasons or rounds names this one so.
# 自12月8日以来: a month and day, no year printed, is this edition's calendar.
_THIS_EDITION_RUNNING = re.compile(
    rf"启动(?:后|以来)|本届|本次|此次|今年|本季|本期|本轮|(?<![年\d{NUMERAL_CHARS}])自?[\d{NUMERAL_CHARS}]{{1,2}}月"
    rf"(?:[\d{NUMERAL_CHARS}]{{1,3}}日)?(?:起|以来)"
)
_PRINTED_YEAR = re.compile(rf"[\d{NUMERAL_CHARS}]{{4}}年")
_THIS_EDITION_WORD = re.compile(r"本届|本次|此次|今年|本季|本期|本轮")
_BARE_YEAR_LAUNCH = re.compile(rf"[{NUMERAL_CHARS}]{{4}}年(?:正式)?(?:启动|开展|创办)")

# A list's heading with its total: 案例名单（共14个）/ 名单\n(共14个).
_LIST_TOTAL = re.compile(
    rf"名单\s*[（(]\s*(?:共|合计|总计|共计)(?:计|有)?\s*(?P<amount>{_AMOUNT.pattern})\s*[)）]"
)
# 拟命名名单 / 公示名单: a provisional list, not the results.
_PROVISIONAL_LIST = re.compile(r"拟|公示")

# -- tiers ------------------------------------------------------------------------------------------------------------
# Tier names that are unmistakably award tiers, quoted or not.
_NAME_CH = r"[^\s，,、。；;：:\d“”\"「」『』和及与共为有各]"
_TIER_WORDS = (
    rf"[特一二三四五]等奖|[金银铜]奖|优秀奖|优胜奖|特别奖|鼓励奖|入围奖|提名奖|创新奖|最佳{_NAME_CH}{{0,6}}奖|"
    # Tiers as Taiwanese contests name them: 特优, 优等, 甲等, 佳作.
    r"[甲乙丙]等奖|特优奖|优等奖|佳作奖|"
    # 金牌调解员5名，银牌调解员10名: a title graded by medal is a tier, whoever holds it.
    rf"[金银铜]牌{_NAME_CH}{{1,8}}|"
    rf"十佳{_NAME_CH}{{0,8}}|十大{_NAME_CH}{{0,8}}|十强{_NAME_CH}{{0,8}}|"
    # (最佳事例25件、优秀事例50件: 事例 is a case by another word)
    rf"(?:优秀|提名|入围|示范|典型|最佳){_NAME_CH}{{0,4}}(?:案例|项目|事例)"
)
# A quoted name counts as a tier when it reads like one: 案例 / 奖 / 项目 / 单位 at its end, or a rank inside.
# 之星: a title for persons (“百姓学习之星”), a tier of those who won it.
_TIERLIKE = re.compile(r"(?:案例|奖|项目|单位|成果|作品|实践|之星)$|十佳|十大|优秀|提名|最佳|入围|等奖|[金银铜][奖牌]")
# Up to 24 characters: award names carry their competition (“中国地方政府创新媒体传播特别奖”).
_QUOTED = r"[“\"「『]\s*(?P<qtier>[^“”\"「」『』，,。；]{1,24}?)\s*[”\"」』]"
_TIER_THEN_AMOUNT = re.compile(
    rf"(?:{_QUOTED}|(?P<tier>{_TIER_WORDS}))(?:案例|奖项|项目|作品)?\s*[：:]?\s*(?:共|为|有|各|分别为)?\s*(?P<amount>{_TIER_AMOUNT.pattern})"
)
# 等10家社区荣获“十大最美社区”奖: bodies counted by 家 win a tier too, when a winning verb says so (checked where read).
_BODY_TIER_AMOUNT = re.compile(_TIER_AMOUNT.pattern.replace("(?P<unit>", "(?P<unit>家|"))
_AMOUNT_THEN_TIER = re.compile(
    rf"(?P<amount>{_BODY_TIER_AMOUNT.pattern})\s*"
    # 2个中央国家机关项目获得特别奖: a short description of who won before the verb (社区 / 村 / 企业: bodies won).
    rf"(?:[^，,。；、\d“”\"「」『』]{{0,10}}?(?:项目|案例|作品|单位|公所|社区|村|企业|机构|组织))?"
    # 等6个公所(依笔画排列)获「甲等奖」: a remark in brackets about the list's order.
    r"(?:\s*[(（][^()（）]{1,8}[)）])?"
    # 10个项目入选“十大…项目”: the list entered is the tier.
    # 夺得 / 斩获 / 分获 (each of them won) are winning verbs too.
    rf"(?:最终|最后|均|分别)?(?:获得|荣获|获评|赢得|摘得|夺得|斩获|喜获|分获|获|入选|当选|被评为)?了?"
    # 10个项目赢得了“中国地方政府创新奖”优胜奖: the award's quoted name before the tier it won.
    rf"(?:[“\"「『][^“”\"「」『』，,。；]{{1,20}}[”\"」』](?={_TIER_WORDS}))?"
    rf"(?:{_QUOTED}|(?P<tier>{_TIER_WORDS}))"
)
# A further tier joined to a listed one, named by the award it won (…、12个入围奖项目和1个网络人气奖项目) or
# followed by its amount (一等奖3项、二等奖5项和网络人气奖1项): any 奖 counts once the list is a list of tiers.
_NEXT_AWARD_TIERS = (
    re.compile(rf"^(?:项目|案例|作品)?\s*[、和及与]\s*(?P<amount>{_AMOUNT.pattern})\s*(?P<tier>{_NAME_CH}{{1,8}}?奖)(?:项目|案例|作品)?"),
    re.compile(rf"^(?:项目|案例|作品)?\s*[、和及与]\s*(?P<tier>{_NAME_CH}{{1,8}}?奖)(?:项目|案例|作品)?\s*(?P<amount>{_AMOUNT.pattern})"),
)
# A group listed right before a tier (产生1个特别贡献案例、10个示范案例…): in a list of tiers, a further group named
# by what it counts is one more tier, though its name holds no rank word.
_PREVIOUS_TIER = re.compile(
    rf"(?P<amount>{_AMOUNT.pattern})\s*(?P<tier>{_NAME_CH}{{2,10}}?(?:案例|项目|奖))\s*[、和及与]\s*$"
)
# … or an award with its amount after it (包括卓越奖1名、优等奖7名…) ...
_PREVIOUS_AWARD = re.compile(
    rf"(?:(?<!{_NAME_CH})|(?<=包括|包含|其中))(?P<tier>{_NAME_CH}{{1,8}}?奖)\s*[：:]?\s*(?P<amount>{_TIER_AMOUNT.pattern})"
    r"\s*[、和及与]\s*$"
)
# … or an award sharing the amount of the tier after it (优等奖及甲等奖各7名).
_SHARING_AWARD = re.compile(rf"(?<!{_NAME_CH})(?P<tier>{_NAME_CH}{{1,8}}?奖)\s*[、和及与]\s*$")
# The group before a list of ranked tiers (优秀案例 / 创新项目 / 城市类案例): each group ranks its own winners.
_TIER_GROUP = re.compile(rf"(?:^|(?<!{_NAME_CH}))(?P<group>{_NAME_CH}{{2,6}}(?:案例|项目))\s*$")
_WINNING_VERB = re.compile(r"荣获|获得|获评|赢得|摘得|夺得|斩获|喜获|分获|获")
# Quoted names at a clause's start (each may have its unit before it and its noun after) joined by 、/和 that won a
# tier, no amount said: “甲”项目获评金奖 is a tier of one, 甲镇“乙”项目和丙局“丁”项目荣获二等奖 a tier of two.
_NAME_PLAIN = r"[^，,。；;、和及与\d“”「」『』《》等]"
_NAMED_ITEM = rf"{_NAME_PLAIN}{{0,10}}[“「『《][^“”「」『』《》，,。；]{{1,30}}[”」』》]{_NAME_PLAIN}{{0,12}}?"
_NAMED_WINNERS = re.compile(
    rf"(?:^|[，,；;：:])\s*(?:最终|最后)?\s*(?P<names>{_NAMED_ITEM}(?:[、和及与]{_NAMED_ITEM})*)(?:获评|荣获|获得|获)了?"
    rf"(?P<tier>{_TIER_WORDS})(?![\d{NUMERAL_CHARS}、和及与“「『])"
)
# One unquoted name of a project at a clause's start that won a ranked tier: 最终甲市乙公益集市项目荣获金奖.
_UNQUOTED_WINNER = re.compile(
    rf"(?:^|[，,；;：:])\s*(?:最终|最后)?\s*[^，,。；;、和及与\d“”「」『』《》等]{{2,24}}?(?:项目|案例|作品|社区|村)(?:获评|荣获|获得|获)了?"
    rf"(?P<tier>{_TIER_WORDS})(?![\d{NUMERAL_CHARS}、和及与“「『])"
)
_NAME_OPENING = re.compile(r"[“「『《]")
# 除甲社区获得一等奖外: the winner set apart from those the sentence goes on to count.
_BESIDES_WINNER = re.compile(r"(?:^|[，,；;：:])\s*除[^，,。；;]{2,24}?(?:获评|荣获|获得|获)了?$")
# 一、二、三等奖各1名: ranks written once before a shared 等奖, each with the amount after 各.
_SHARED_RANKS = re.compile(
    rf"(?<![\d{NUMERAL_CHARS}])(?P<ranks>[特一二三四五](?:[、和及与][特一二三四五])+)等奖\s*各\s*(?P<amount>{_TIER_AMOUNT.pattern})"
)
# 2024年度法治创新案例(十项): a named group with its amount in brackets; the year before it dates the list.
_BRACKETED_TIER = re.compile(
    rf"(?:\d{{4}}年度?)?(?P<tier>{_NAME_CH}{{2,16}}?(?:案例|项目|奖|成果|作品))\s*[(（]\s*(?:共|计)?\s*"
    rf"(?P<amount>{_TIER_AMOUNT.pattern})\s*[)）]"
)
# A place (or its delegation) as the subject that won what follows: 此次甲省斩获 / 乙市代表队共获得.
_PLACE_HAUL_BEFORE = re.compile(
    r"(?:省|市|县|(?<!社)区|州|代表队|代表团)(?:共|一共|累计)?(?:斩获|获得|荣获|摘得|夺得|喜获|收获|摘取)了?(?:共|共计)?\s*$"
)
_BRACKETED_JOIN = re.compile(r"\s*(?:、|和|及|与|以及)\s*")
_YEAR_PREFIX = re.compile(r"^\d{4}年度?")
_LIST_OPENING = re.compile(r"^(?:包括|包含|其中|分别是|分别为|即)")
# 各 between a tier's name and its amount: the amount is each tier's (…及甲等奖各7名).
_EACH = re.compile(rf"^[^\d{NUMERAL_CHARS}]*各")
# Entering verbs right after a counted name: 300个优秀项目参与角逐 counts entries.
_ENTERING_RIGHT_AFTER = re.compile(r"\s*(?:参与|参加|报名|踊跃)?(?:角逐|参评|参选|参赛|竞奖|报名|申报|应征|评选|比赛)")
# 评选出“改革创新奖”100个，其中一等奖15个…: the amount before 其中 is the total that the tiers after it divide.
_DIVIDED_AFTER = re.compile(r"^\s*[，,：:]?\s*其中")
# 其中 dividing the amount just before it: 评选出30个案例，其中… / 共100项（其中…）.
_BEFORE_DIVIDER = re.compile(r"[^，,。；;！？]{0,20}?[，,：:（(]\s*")
_PART_LEAD = re.compile(r"\s*[，,：:]?\s*")
_PART_NAME_FIRST = re.compile(
    rf"(?P<name>[^，,、。；;：:\d“”\"「」『』和及与（）()]{{1,12}}?)\s*[：:]?\s*(?:为|有|共)?\s*(?P<amount>{_AMOUNT.pattern})"
)
_PART_AMOUNT_FIRST = re.compile(
    rf"(?P<amount>{_AMOUNT.pattern})\s*(?P<name>[^，,、。；;：:\d“”\"「」『』（）()]{{1,12}}?(?:案例|项目|专案|奖|作品|成果|实践))"
)
# What separates the items of a list: a mark or a conjunction (quoted names, the parts after 其中).
_LIST_SEPARATOR = re.compile(r"\s*(?:[、，,；;]|以及|和|及|与)\s*")
# A part named as a rank of results (年度案例, 推荐案例, 金奖), not a category, a level or a place (城市类, 省级).
_PART_IS_TIER = re.compile(r"(?:案例|项目|专案|奖|作品|成果|实践)$")
_PART_NOT_TIER = re.compile(r"类|级|组|领域|方向|板块|赛道|地区|省|市|区|县|街道|镇|乡|村|社区|单位|部门|国家|行业")
# Tiers that are ranks in their own right even when the text lists only one of them.
_RANKED_TIER = re.compile(r"等奖|特优奖|佳作奖|[金银铜][奖牌]|十佳|十大|十强|提名|入围|优秀奖|优胜奖|特别奖|鼓励奖")
_NOT_TIERS = re.compile(
    r"^(?:入选|获奖|参评|申报|征集|相关|鲜活)?(?:案例|项目|作品)$|^(?:获奖|入选|奖项|大奖|该奖|本奖)$"
)

# Ranks that make one ladder of awards, each with the words that name it (金银奖 names gold and silver).
_RANK_LADDERS = (
    (("gold", re.compile(r"金奖|金[银铜]+奖")), ("silver", re.compile(r"银奖|[金]?银铜?奖")),
     ("bronze", re.compile(r"铜奖|[金银]+铜奖"))),
    (("first", re.compile(r"一等奖|一、二")), ("second", re.compile(r"二等奖|[一、]二[、三]")),
     ("third", re.compile(r"三等奖|二、三"))),
)
_TIER_CODES = (
    (re.compile(r"十佳|十大|十强"), "top10"),
    (re.compile(r"特等奖"), "special"),
    (re.compile(r"一等奖"), "first"),
    (re.compile(r"二等奖"), "second"),
    (re.compile(r"三等奖"), "third"),
    (re.compile(r"金奖"), "gold"),
    (re.compile(r"银奖"), "silver"),
    (re.compile(r"铜奖"), "bronze"),
    (re.compile(r"提名"), "nominated"),
    (re.compile(r"入围"), "finalist"),
    (re.compile(r"鼓励奖"), "encouragement"),
    (re.compile(r"最佳"), "best"),
    (re.compile(r"优秀"), "excellent"),
)

# A case noun with its own amount right after it (…申报项目312项).
_NOUN_THEN_AMOUNT = re.compile(
    rf"(?:{_CASE_NOUN.pattern})\s*(?:{_QUAL_BEFORE})?\s*[{NUMERAL_CHARS}]+\s*(?:{_QUAL_AFTER})?\s*(?:{_UNIT})"
)
# 收到…共[N个团队]: a received total closing a long description of who sent it (no other verb's amount between).
_RECEIVED_TOTAL_BEFORE = re.compile(
    rf"(?:收到|征集到|收集到|接收到)[^，,。；;\d{NUMERAL_CHARS}]{{0,60}}?共(?:计|有)?\s*"
    rf"(?:(?:\d+|[{NUMERAL_CHARS}]+)(?:{_QUAL_AFTER})?\s*(?:个|支|家|所)[^，,。；;\d{NUMERAL_CHARS}]{{1,4}})?$"
)
# 26个优秀项目和获评的12个卓越项目: a verb with 的 right before the next amount describes that one.
_VERB_OF_NEXT = re.compile(rf"的\s*{_AMOUNT.pattern}")
_CHOSEN_POOL = re.compile(r"优秀|入围|候选|获奖|提名|精选|入选")
# 36个团队63份项目书: an amount of senders right before the amount of what they sent.
_SENDERS_THEN_AMOUNT = re.compile(
    rf"^(?P<senders>[^，,。；;\d{NUMERAL_CHARS}在从中]{{1,6}}?)(?:{_QUAL_BEFORE})?\s*(?:\d+|[{NUMERAL_CHARS}]+)\s*(?:{_QUAL_AFTER})?\s*(?:{_UNIT})"
    rf"[^，,。；;\d]{{0,6}}?(?:{_CASE_NOUN.pattern})"
)
# A case noun right before the entry verb an amount follows (案例申报278项).
_NOUN_THEN_ENTRY_VERB = re.compile(rf"(?:{_CASE_NOUN.pattern})\s*(?:{_ENTRY_BEFORE})\s*$")
# 共有18项服务获奖: a total (共 before it) whose items won, a short noun between.
_TOTAL_WORD_BEFORE = re.compile(r"(?:共|合计|总计|共计)(?:有|计)?\s*$")
# 共有来自全国134件团队或个人参赛: a total, where the items came from between it and the amount.
_TOTAL_FROM_BEFORE = re.compile(r"(?:共|合计|总计|共计)(?:有|计)?\s*(?:来自[^，,。；;\d的]{0,12}的?)?$")
# 共评选出60件 / 共49个入选: a total, its selecting verb before or after it, nothing else in its clause.
_CLOSING_TOTAL_BEFORE = re.compile(rf"(?:共|共计|合计|总计)(?:有|计)?(?:{_SELECT_BEFORE})?了?\s*$")
_BARE_WIN_AFTER = re.compile(r"\s*(?:入选|获奖|获评|胜出|当选|脱颖而出)?\s*")
_TOTAL_ITEMS_WON = re.compile(r"^[^，,。；;\d]{0,4}?(?:获奖|获评|胜出|入选|获得表彰|获表彰)")
# 共 / 合计 written right before an amount that closes a list of winners.
_TOTAL_BEFORE = re.compile(r"[，,]\s*(?:共|合计|总计|共计)(?:计|有|为)?\s*$")
# 今年总提案数达1422件 / 申报数量为300项: the tally of entries named as a number (…数 / 数量) the amount states.
_ENTRY_TALLY_BEFORE = re.compile(
    r"(?:提案|申报|投稿|来稿|参赛|参评|参选|报名|应征)(?:作品|案例|项目)?总?(?:数量|总数|件数|数|量)"
    r"(?:已|共)?(?:达到|达|为|是|有|计)?\s*$"
)
# 这批案例共有31个: the batch a results story has just named (发布第四批…案例), counted as a whole, is its selection.
_BATCH_TOTAL_BEFORE = re.compile(
    rf"(?:这|此|该|本)批(?P<noun>[^，,。；;\d]{{0,8}}?(?:{_CASE_NOUN.pattern}))(?:共|共计|合计|总计)(?:有|计|为)?\s*$"
)
# 共收到来自全省各基层组织，涵盖…九大类别的643个项目: an entry verb whose 来自 phrase runs past a comma to the amount.
# 最终收到涵盖A、B、C等多元主题的19份提案: a received total, what it covers described before it (no comma between).
_ENTRY_FROM_BEFORE = re.compile(
    rf"(?:{_ENTRY_BEFORE})了?\s*来自[^。；;！？\d]{{0,80}}?的\s*$"
    rf"|(?:收到|征集到|收集到|接收到)了?\s*(?:涵盖|包括|包含|涉及)[^，,。；;！？\d]{{1,60}}?的\s*$"
)
# 200名学生参与比赛，提出了60个方案: what those taking part put forward is the entries.
_PROPOSED_BEFORE = re.compile(rf"^\s*(?:共|共计)?提出了?\s*(?:{_QUAL_BEFORE})?\s*$")
_TOOK_PART = re.compile(r"参与比赛|参加比赛|参赛|参与评选|参加评选")
# 来自全省16市的 / 来自28个省（区、市）的: where the counted cases came from, not a verb of their own.
_FROM_PHRASE = re.compile(r"来自[^，,。；;]{0,16}?的")
# 甲处、乙所与丙院三项方案荣获…: an amount right after names it enumerates (no 等 closing a longer list) counts those
# named, the subject's own winners, not the results' total.
_ENUMERATED_BEFORE = re.compile(r"[、与和及][^、，,。；;：:等共计有]{1,16}$")
_AMOUNT_BARE = re.sub(r"\(\?P<\w+>", "(?:", _AMOUNT.pattern)
# An amount of anything (30名个人, 50部短片, 8个地区) joined to the next one by 、/和/以及 in one clause.
_ANY_AMOUNT = rf"[\d{NUMERAL_CHARS}]+(?:{_QUAL_AFTER})?\s*(?:{_UNIT}|名|位|人|部|家|所|支|条|幅|首)"
_LISTED_AMOUNT_BEFORE = re.compile(rf"{_ANY_AMOUNT}[^，,。；、\d]{{0,16}}(?:、|以及|和|及|与)\s*$")
# (352件作品参赛、49个单位获奖: the next amount counts the winners, no second kind of entry.)
_LISTED_AMOUNT_AFTER = re.compile(
    rf"^[^，,。；、\d]{{0,16}}?(?:、|以及|和|及|与)\s*{_ANY_AMOUNT}(?![^，,。；、\d]{{0,6}}?(?:获|入选|胜出|当选))"
)
# 共收到45个公益人物和98个公益项目报名: entries of two kinds received, counted alike (个/件/项) and closing their
# clause, add up to the entries; a list with other units (30名个人、40个项目以及50部短片) prints no total.
_ENTRY_KIND = rf"{_AMOUNT_BARE}[^，,。；;、\d的]{{1,8}}?"
_LISTED_ENTRIES = re.compile(
    rf"(?:收到|征集到|收集到|接收到)[^，,。；;\d]{{0,10}}?(?P<list>{_ENTRY_KIND}(?:(?:、|和|及|以及|与){_ENTRY_KIND})+)"
    r"(?:报名|申报|参评|参赛|参选)?(?=[，,。；;！？]|$)"
)
_AWARD_LISTS_AFTER = re.compile(r"^[^，,。；;\d]{0,4}?(?<!获)奖(?:名单|榜单)")
_PROFILE_AFTER = re.compile(r"^[^，,。；;、\d]{0,4}?人物")
# …N个X之一: the amount counts a list that the subject belongs to.
_ONE_OF = re.compile(r"^[^，,。；;]{0,24}?之一")
# (An ASCII ? between two words is a character a mirror lost in decoding, 《法援惠民生?“薪”暖…》, not a question.)
_SENTENCE_END = re.compile(r"[。！？!；;\n]|\?(?![\u4e00-\u9fff“”「」])")
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？]")


# A quoted name right after an amount's unit (152个“……典型案例”).
_QUOTED_AFTER = re.compile(r"[“\"「『][^“”\"「」『』。；]{1,40}?[”\"」』]")
_IDEAS = re.compile(r"点子|提案")
# 综合类案例47个 / 12个城市类项目: the counted noun names a category of cases.
_CATEGORY_BEFORE = re.compile(rf"类(?:{_CASE_NOUN.pattern})\s*$")
_CATEGORY_AFTER = re.compile(rf"^[^，,。；;\d]{{0,8}}类(?:{_CASE_NOUN.pattern})")
_YEAR_AFTER_UNIT = re.compile(r"\s*\d{4}(?:\s*[-—–~至]\s*\d{4})?年度?")
# 从125个候选者中脱颖而出: the pool a group came out on top of.
_POOL_PHRASE = re.compile(r"从[^，,。；]{1,30}?中(?=脱颖而出|胜出)")
# The story's own place as the subject (我省 / 我市…), and verbs that say its entries won, not that it chose them.
_OWN_PLACE = re.compile(r"我(?:省|市|县|区|镇|乡)")
_WON_AFTER = re.compile(r"入选|获奖|获评|胜出|当选|表彰|被|榜上有名|上榜|获得|荣获")
_WON_BEFORE = re.compile(r"入选|获评|获奖")
# 从/在 … N件X中: the pool a result was drawn from.
# (从来自全国20多个省、近200个地级市1500多个案例中: those it came from may stand between 从 and the amount.)
_POOL_BEFORE = re.compile(r"(?:从|在)[^，,。；]{0,30}$")
_POOL_AFTER = re.compile(r"^[^，,。；\d]{0,12}?中")
# ... when a result is drawn from it just after (在30个案例中，有5个来自杭州 is no pool).
# (…中，经过多轮评议，遴选发布了…: how they were judged may stand between, in a clause of its own.)
_DRAWN_FROM = re.compile(
    r"^[，,\s]?(?:经过?[^，,。；]{1,16}[，,]\s*)?[^，,。；]{0,12}?"
    r"(?:脱颖而出|胜出|评选出|遴选出|遴选(?:发布|确定|推出)|推选出|推荐出|精选出|评出|选出|选拔出|选取|挑选|产生|入选|获评)"
)
# 从3000个案例中，推荐出…100个: recommending out of a pool just named picks the winners (各地推荐出的 puts entries in).
_POOL_JUST_BEFORE = re.compile(r"(?:从|在)[^。；;从在]{1,40}中\s*[，,]?\s*$")
# Words that make a counted group a shortlist: candidates, finalists, those moving on to a later round.
_SHORTLIST = re.compile(r"候选|入围(?!奖)|初选|晋级|进入(?:初评|复评|复审|复赛|终审|终评|决赛|半决赛|下一轮|答辩)")
# 脱颖而出，成功晋级: those moving on to the next round.
_SHORTLIST_NEXT = re.compile(r"^\s*(?:并|均|将|同时)?(?:成功|顺利)?(?:入围|进入|参加|晋级)(?!奖)")
# 将 / 即将 / 计划 / 预计 before a selecting verb: the count is a plan (将近 is a qualifier, 将30个案例评为 a
# preposition, so 将 counts only before the words a plan goes on with).
_FUTURE = re.compile(
    r"(?:即将|预计|拟于|计划(?=于|在|从|评|选|推|产生|经)|"
    r"(?<!即)将(?=于|在|由|从|通过|综合|根据|按照|依据|经|组织|评选|选出|评出|推选|产生|遴选|确定))"
    r"[^。；]*?(?:精选出|评选出|遴选出|推选出|评议出|选出|评出|产生|确定|揭晓|发布|公布|推出|命名|认定|表彰)[^。；]*$"
)
# 将分别有5个项目获得…奖 / 拟有10个案例入选: winners still to come, the plan right before their amount.
# (现将15个案例印发 is a preposition: the plan must say 有.)
_PLANNED_WINNERS = re.compile(r"(?:即将|(?<!即)将(?!近)|拟|计划|预计)(?:分别|共|共计)?有\s*$")
_FUTURE_AFTER = re.compile(r"(?:即将|(?<!即)将(?!近)|拟|计划|预计)[^，,。；]{0,12}?(?:揭晓|公布|发布|出炉|评出|产生)")
# 命名/授予/认定 … 为“称号” / “称号”称号: the units named are the winners, whatever (or wherever) they are.
# 公布 / 确定 too, when a title follows: 公布A等248个单位为第十一批示范单位; and 确认 (确认其中10篇为“十佳”…).
# 同意A等100个单位为…示范县创建单位: a notice's approval, when what it approves them as is a title.
_DESIGNATING_VERB = re.compile(r"命名|授予|认定|公布|确定|确认|同意")
# 共有488个地方和单位被命名为…示范单位: the passive says the designation after the units.
_DESIGNATED_PASSIVE = re.compile(
    r"^(?P<who>[^，,。；“”\"「」『』被]{0,12}?)被(?:命名|认定|评|授予|确定)为?\s*(?P<title>[^，,。；、]{2,40})"
)
_SHARED_DESIGNATION = re.compile(rf"等\s*{_AMOUNT_BARE}[^，,。；;、\d]{{1,10}}、[^，,。；;、\d]{{1,40}}等\s*$")
_QUOTED_TITLE = re.compile(r"[“「『][^“”「」『』]{2,30}[”」』]")
_DESIGNATED = re.compile(r"^(?P<who>[^，,。；“”\"「」『』]{0,28}?)[“\"「『]")
# A word that makes a name a title or a rank: 示范村, 典型案例, 十大创新经验, 提名项目, 一等奖.
_TITLE_WORD = re.compile(
    r"示范|典型|优秀|先进|十佳|十大|十强|提名|最佳|最美|标杆|模范|精品|样板|等奖|[金银铜]奖|优胜奖|特别奖"
)
# 评选出A等10个社区为“十佳X”: a selection that names what its winners become designates them too, when 为 says so.
_SELECTING_AS_VERB = re.compile(r"(?:评选|遴选|推选|精选)出|评出")
# 将全国51个单位确认为…实验区: the units the verb after the amount designates (将 / 把 open the object), named by a
# title, a quoted name or a zone of trial or model (实验区 / 试验区 / 示范区).
# 将甲市乙区、丙市丁县等16个县区确认为…: a list of names closed by 等 may run longer before the amount.
_DISPOSAL_BEFORE = re.compile(
    r"(?:(?<!即)将(?!近|于|在|要|会)|把)(?:[^，,。；;将把\d]{0,8}|[^，,。；;将把\d]{0,40}等\s*)$"
)
_DESIGNATED_AFTER_AMOUNT = re.compile(
    r"^(?P<who>[^，,。；“”\"「」『』为]{0,10}?)(?:确认|命名|认定|确定|评定|评选|评)为\s*(?P<title>[^，,。；、]{2,40})"
)
# 将于年底将30个单位命名为…: the designation still to come.
_PLAN_AHEAD = re.compile(r"即将|将(?:于|在|要|会)|拟|计划|预计")
_TRIAL_ZONE = re.compile(r"(?:实验|试验|示范|先行)区")
# 认定A等100个村为第三批示范村: an unquoted title, which must read as one.
_DESIGNATED_AS = re.compile(r"^(?P<who>[^，,。；“”\"「」『』为]{0,10}?)为(?P<title>[^，,。；、]{2,30})")
# The closing quote of a name an amount sits in, before any clause break or new opening quote.
_QUOTE_CLOSE_AHEAD = re.compile(r"[^“”「」『』，,。；;：:]{0,20}[”」』]")
# How far back a list closed by 等 may reach for its verb: a list of ten winners with their quoted names runs to
# several hundred characters.
_LIST_REACH = 400
# A quoted name, whose punctuation (“甲市：推行…”) and verbs (“推动…参与…”) are the name's, not the sentence's; a
# title in book quotes (《创新模式，打造…》) too.
_QUOTED_NAME = re.compile(r"[“「『][^“”「」『』]*[”」』]|《[^《》]*》")


# 十佳 / 十大 name a tier of ten even when no amount is printed: 评选出…十佳案例, 推出了“…十大案例”.
_TOP_TEN = re.compile(
    # 与 joins two names, except in 参与 (十佳公众参与案例).
    r"(?P<name>(?:十佳|十大|十强)(?:(?!发布|揭晓|出炉|评选|征集|推选|推介|评比|活动|大赛|名单|榜单|暨)"
    r"(?:[^，,。；、和及与“”\"「」『』\s]|(?<=参)与)){0,14}"
    # 项目 only as an entry (十大创新项目, 十强项目: a contest's top ten), not a plan's (十大民生实事项目).
    r"(?:案例|(?:创新|治理|示范|优秀|公益|服务)项目|(?<=十强|十佳)项目|专案|奖(?![励金])|实践|工作法|成果))[”\"」』]?"
)
# After the name: the list is released (十佳案例发布, 十大创新项目评出) ...
# A bracketed span of years (2016-2021) and a place (在上海) may stand between: “…十大案例”(2016-2021)在京发布.
_TOP_TEN_RESULT_AFTER = re.compile(
    r"^\s*(?:[(（][\d\-—–~至年、 ]{4,20}[)）])?\s*(?:在[^，,。；\d“”\"「」『』将拟]{1,8}?)?"
    r"(?:正式|今天|日前|近日)?(?:发布|揭晓|出炉|评出|产生|诞生|公布|名单|榜单)"
)
# ... or the name is a competition's (十大案例评选, 十大创新项目决赛) or has its amount printed (read elsewhere).
_TOP_TEN_NOT_RESULT_AFTER = re.compile(
    rf"^\s*(?:评选|征集|推选|推介|评比|活动|大赛|申报|推荐|候选|提名|决赛|复赛|初赛|[：:]|[共为各]?\s*[{NUMERAL_CHARS}])"
)
# The verbs that produce a list of winners (not 获评/入选, said of one winner).
_PRODUCING_VERB = re.compile(
    r"精选出|评选出|遴选出|推选出|评议出|评审出|选出|评出|决出|评定出|产生|推出|揭晓|发布|公布"
)
# A tier joined to the ten: “十大创新项目”和20个优秀项目 (its amount), 十佳案例和优秀案例 (none: the total is unknown).
_JOINED_TIER = re.compile(
    rf"^\s*[和及与、]\s*(?P<amount>{_AMOUNT.pattern})\s*(?P<tier>[^，,。；、\d“”\"「」『』]{{0,10}}?(?:案例|项目|专案|奖|成果|作品))"
)
# 评选出甲类十大案例、乙类十大案例: a category (…类) between the verb or the list's separator and the ten.
_TEN_LIST_BREAK = re.compile(rf"[、和及与]|{_PRODUCING_VERB.pattern}")
_TEN_CATEGORY = re.compile(r"[^\s“”\"「」『』()（）]{1,8}类")
_JOINED_NAME = re.compile(r"^\s*[和及与、]\s*[“\"「『]?[^，,。；、\d]{0,10}?(?:案例|项目|专案|奖)")

# -- groups of winners listed with their amounts, without tier words --------------------------------------------------
# One character of a group's name; a bracket (县、区) is taken whole, its 、 is no separator.
_GROUP_CH = r"(?:[(（][^()（）]{0,10}[)）]|[^\s，,。；;：:！？、\d“”\"「」『』()（）\[\]【】])"
_TITLE_CH = r"(?:[(（][^()（）]{0,10}[)）]|[^\s，,。；;：:！？、“”\"「」『』()（）\[\]【】])"
# 认定A等100个乡(镇)为第三批…示范乡镇、B等1001个村为…示范村 / 评选出…等10个项目为“…十大…”，…等25个项目为…提名项目:
# a designation of each group, the units named and the title they get.
# Persons may be designated too (甲等10人为“最美X”，乙等10个组织为“最佳Y”), and the quoted title may follow its place
# and edition (为某市首届“最美X”: the title is the quoted name).
_DESIGNATION = re.compile(
    rf"等\s*(?P<amount>{_TIER_AMOUNT.pattern})(?P<noun>{_GROUP_CH}{{0,10}}?)为\s*"
    rf"(?P<title>[“\"「『][^“”\"「」『』]{{2,40}}[”\"」』]"
    rf"|{_TITLE_CH}{{0,12}}?[“\"「『](?P<qtitle>[^“”\"「」『』]{{2,40}})[”\"」』]|{_TITLE_CH}{{2,40}})"
)
_QUOTE_OPEN = re.compile(r"[“\"「『]")
_PASSIVE_DESIGNATIONS = ("被评", "被命名", "被认定", "被确定")
_NEXT_DESIGNATION = re.compile(r"^\s*(?:[、，,]|以及|和|及|与)")
# 公布50个示范市、59个示范项目 / 名单包括72个A和33个B: the verb (or a results list) opening a list of groups ...
_GROUP_LEAD = re.compile(
    rf"(?:{_PRODUCING_VERB.pattern}|命名|认定|表彰|表扬|确定|名单中?(?:包括|包含|共有|有)"
    # 在全国推荐评选100个A、100个B: the call's own verb, right before the list's first amount.
    rf"|(?:推荐)?(?:评选|推选)(?=\s*[\d{NUMERAL_CHARS}]))了?\s*(?:共|共计|分别为|分别是)?\s*"
)
# ... each an amount and the name of what it counts, up to the next amount's separator or the clause's end.
# A group may count persons: 推选出100名最美志愿者、100个最佳志愿服务组织.
_TIER_AMOUNT_BARE = re.sub(r"\(\?P<\w+>", "(?:", _TIER_AMOUNT.pattern)
# A comma may part the groups too (评选出1名A，8名B和8名C), when the list closes with 和 / 、: see _listed_groups.
_GROUP = re.compile(
    rf"(?P<amount>{_TIER_AMOUNT.pattern})(?P<noun>{_GROUP_CH}{{2,30}}?)"
    rf"(?:\s*(?P<sep>以及|[、和及与，,])\s*(?={_TIER_AMOUNT_BARE})|(?=[\s，,。；;：:！？\[【]|$))"
)
# A further amount the list of groups could not read as one, or a last group running on past 等 (100个C等…活动;
# not 一等奖).
_LIST_CUT_SHORT = re.compile(rf"\s*{_TIER_AMOUNT_BARE}")
_LIST_RUNS_ON = re.compile(r"(?<![一二三四五六七八九十特甲乙丙优])等(?!奖)")
# A named group's amount: a tier's, or bodies (12家…单位).
_NAMED_GROUP_AMOUNT = re.compile(_TIER_AMOUNT.pattern.replace("|名|位|人)", "|名|位|人|家)"))
# Groups of named winners, each list closed by 等 with its amount and title: 推选出甲等9名“最美X”，乙、丙等11个“最佳Y”
# / 评选出甲、乙等最美X20位，丙等最佳Y30个. The names may carry quotes of their own (快乐“分”享项目).
_NAMED_GROUPS = (
    re.compile(rf"等\s*(?P<amount>{_TIER_AMOUNT.pattern})\s*[“「『](?P<title>[^“”「」『』]{{2,30}})[”」』]"),
    re.compile(
        rf"等\s*(?P<title>[^，,。；;：:！？、\d“”「」『』]{{2,20}}?)\s*(?P<amount>{_TIER_AMOUNT.pattern})"
        r"(?=\s*(?:[，,。；;、]|以及|$))"
    ),
    # 推选确定甲等104位最美X，乙等12个十佳Y，丙等12家十佳Z: the amount first, the title unquoted after it; a group
    # may count bodies (家).
    re.compile(
        rf"等\s*(?P<amount>{_NAMED_GROUP_AMOUNT.pattern})"
        r"\s*(?P<title>[^，,。；;：:！？、\d“”「」『』]{2,20}?)(?=\s*(?:[，,。；;]|以及|$))"
    ),
)
# Groups that carry their own verb, so no verb need open the list: 甲等10名同志入选2020年“最美X”，乙等10个案例入选
# “最佳Y” / 授予200个组织“先进X”称号，授予496人“优秀Y”称号.
_NAMED_GROUPS_WON = (
    re.compile(
        rf"等\s*(?P<amount>{_NAMED_GROUP_AMOUNT.pattern})[^，,。；;：:！？\d“”「」『』]{{0,8}}?"
        rf"(?:入选|获评|被评为|被命名为|被授予|荣获)了?\s*(?:[\d{NUMERAL_CHARS}]{{4}}年度?)?"
        r"[“「『](?P<title>[^“”「」『』]{2,30})[”」』]"
    ),
    re.compile(
        rf"授予了?\s*(?P<amount>{_NAMED_GROUP_AMOUNT.pattern})[^，,。；;：:！？\d“”「」『』]{{0,8}}?"
        r"[“「『](?P<title>[^“”「」『』]{2,30})[”」』](?:荣誉)?称号"
    ),
    # 授予甲等5个项目“某赛金奖”，授予乙等15个项目“某赛银奖”: each group named, counted and given its award.
    re.compile(
        rf"授予了?[^。；;！？]{{0,80}}?等\s*(?P<amount>{_NAMED_GROUP_AMOUNT.pattern})[^，,。；;：:！？\d“”「」『』]{{0,4}}?"
        r"[“「『](?P<title>[^“”「」『』]{2,30})[”」』]"
    ),
)
# 分别有5个项目获得甲金奖、乙金奖: one amount for each of the awards listed after it (分别), a tier each.
_EACH_AWARD = re.compile(
    rf"分别有?\s*(?P<amount>{_TIER_AMOUNT.pattern})(?:项目|案例|作品|单位|团队|个人)?(?:获得|荣获|获)了?"
    rf"(?P<awards>{_NAME_CH}{{1,12}}?奖(?:\s*[、和及与]\s*{_NAME_CH}{{1,12}}?奖)+)(?![\d{NUMERAL_CHARS}])"
)
# 颁奖给15个甲奖获奖机关及15位乙奖获奖人员: the recipients of each named award, counted.
_AWARD_RECIPIENTS = re.compile(
    rf"(?:颁奖给|颁发给|颁奖予)\s*(?P<list>{_TIER_AMOUNT_BARE}\s*{_NAME_CH}{{1,12}}?奖获奖{_NAME_CH}{{0,4}}"
    rf"(?:\s*[、和及与]\s*{_TIER_AMOUNT_BARE}\s*{_NAME_CH}{{1,12}}?奖获奖{_NAME_CH}{{0,4}})+)"
)
_RECIPIENT_GROUP = re.compile(rf"(?P<amount>{_TIER_AMOUNT.pattern})\s*(?P<award>{_NAME_CH}{{1,12}}?奖)获奖")
_AWARD_SEPARATOR = re.compile(r"\s*[、和及与]\s*")
_PLAN_WORD = re.compile(r"将|拟|计划|预计")
# Between two such groups: a separator, then the next group's names (no verb of their own).
_NAMED_GROUP_NEXT = re.compile(r"^\s*(?:[，,、；;]|以及|和|及)")
# Groups that are not winners: units that organised the entries (优秀组织单位, 组织奖), candidates, a provisional list.
# A group of organisations that won (最佳志愿服务组织) is a group of winners.
_NOT_WINNING_GROUP = re.compile(r"组织(?:奖|单位|工作|者)|候选|入围(?!奖)|拟|公示")

# Organisations counted as the entrants, when a text counts no cases: 近50所高校报名参赛, 90个社区报名参赛,
# 收到…等120余家单位的评选材料. 区 / 市 / 委办局 submit several cases each and are never read so; a government
# (1800个市、县政府自愿申报) applies for itself, to be named a model place, and so does a city put forward for a
# cities' award (全球60个城市提案).
_ORG_AMOUNT = (
    rf"(?P<qb>{_QUAL_BEFORE})?\s*{_VAGUE}(?P<num>\d+|[{NUMERAL_CHARS}]+)(?P<qa>{_QUAL_AFTER})?\s*"
    # 账号 / 网站 / 公众号: a contest of government accounts and sites (363个账号报名) is entered by them.
    r"(?P<unit>家|所|支|个(?=社区|小区|村|团队|队伍|小组|单位|机关|学校|高校|院校|企业|机构|组织|(?:基层)?党组织|城市|"
    r"(?:政务)?(?:新媒体)?(?:账号|网站|公众号)|"
    r"(?:[省市县区乡镇]、?){1,3}政府))"
    r"(?P<qt>)"
)
# 台南市政府在第8届X奖共有2个机关获奖 / 我区共有3个社区获奖: a subject's own share of the winners, not their total.
_SUBJECT_SHARE = re.compile(
    r"(?:政府|[省市县区镇乡局处厅委校院]|街道|公司|集团)在[^，,。；]{0,40}?"
    r"(?:奖|评选|比赛|大赛|评比|活动|评鉴|选拔)[”」』]?(?:中|上)?[，,]?\s*(?:共有|共计|共|有)?\s*$"
    r"|我[省市县区镇乡校院]"
)
# Organisations counted as the winners, when a text counts no winning cases: an award for units (选出26个获奖单位,
# 12个单位获得三类奖项). 优秀组织奖 goes to those who organised the entries, not to winners.
_UNIT_AMOUNT = (
    rf"(?P<qb>{_QUAL_BEFORE})?\s*{_VAGUE}(?P<num>\d+|[{NUMERAL_CHARS}]+)(?P<qa>{_QUAL_AFTER})?\s*(?P<unit>个|家|支)(?P<qt>)"
)
# 机关(构): a unit noun with its variant in brackets. 队伍 / 团队: a team contest's winners (共有6支队伍获奖).
_WINNING_UNIT = r"(?:机关|单位|部门|团队|队伍|集体)(?:[(（][^()（）]{1,4}[)）])?"
_WINNING_UNITS = (
    # 表扬推动…绩效卓著的12个得奖单位: a phrase describing the winners may stand between the verb and the amount.
    re.compile(rf"(?:精选出|评选出|遴选出|推选出|评出|选出|产生|表彰|表扬)了?\s*(?:[^，,。；;\d]{{1,24}}?的)?"
               rf"{_UNIT_AMOUNT}(?:得奖|获奖){_WINNING_UNIT}"),
    # 最终选树出50家品牌社会组织 / 选出10家优秀年度报告: bodies counted by 家 that a selection produced.
    re.compile(rf"(?:精选出|评选出|遴选出|推选出|选树出|评出|选出)了?\s*{_UNIT_AMOUNT.replace('个|家|支', '家')}"
               rf"(?P<award>{_NAME_CH}{{2,12}})"),
    re.compile(rf"{_UNIT_AMOUNT}{_WINNING_UNIT}(?:分别|共|均)?(?:获得|荣获|获)(?P<award>[^，,。；]{{0,12}}?奖)"),
    # 计有25个机关(构)得奖 / 仅26个机关脱颖而出: the units said to have won, with no award named.
    re.compile(rf"{_UNIT_AMOUNT}{_WINNING_UNIT}(?:均|共)?(?:得奖|获奖|脱颖而出)"),
    # 共二十四个社区脱颖而出: communities (villages, estates) as a total that came out on top; without the total word
    # (3个社区获奖) it may be one district's share of the winners.
    # 共有26个社区在激烈竞争中脱颖而出: where they came out on top may stand between.
    re.compile(rf"(?:共有|共计|共|仅有|仅)\s*{_UNIT_AMOUNT}(?:社区|村|小区)(?:在[^，,。；;\d]{{1,12}}中)?(?:均|共)?"
               r"(?:脱颖而出|得奖|获奖)"),
    # 共颁发330个奖项: the awards handed out in total, one to each winner (not 设立N个奖项, the categories).
    re.compile(rf"(?:共|共计|合计|总计)颁(?:发|出)了?\s*{_UNIT_AMOUNT}奖项"),
    # 25个城市获得…智慧城市大奖: an award for cities names them as its winners (the award must be named: 6个街道获奖
    # says only that some of a district's cases won).
    re.compile(rf"{_UNIT_AMOUNT}城市(?:分别|共|均)?(?:获得|荣获|获)(?P<award>[^，,。；奖]{{2,20}}奖)"),
    # 公布甲局等14家单位提交的成果为…优秀案例: the units whose cases a designation names, one case each.
    re.compile(
        rf"(?:公布|命名|认定|确定|确认)了?[^，,。；;]{{0,40}}?等\s*{_UNIT_AMOUNT}(?:单位|机关|部门)"
        rf"(?:提交|报送|申报|选送)的(?:成果|案例|项目|材料|经验)为[^，,。；;]{{0,40}}?(?:{_TITLE_WORD.pattern})"
    ),
    # 甲市，乙县等10市、县、区入选: places counted bare (no measure word) closing a list, entering the list the text
    # has named (入选 closing its clause: 入选全国… may name a wider list the places are a share of).
    re.compile(
        rf"等\s*(?P<qb>)(?P<num>\d+|[{NUMERAL_CHARS}]+)(?P<qa>)(?P<unit>个?)(?P<qt>)(?:[省市县区](?:、|和)?){{1,4}}"
        r"(?:入选|获评)(?=[，,。；;]|$)"
    ),
    # 授予12家企业“甲”荣誉称号: the bodies a title is conferred on, whatever they are.
    re.compile(
        rf"(?:授予|命名)了?\s*{_UNIT_AMOUNT}[^，,。；;“”「」『』\d]{{1,12}}?[“「『](?P<award>[^“”「」『』]{{2,30}})[”」』]"
        r"(?:荣誉)?称号"
    ),
)
# 表扬全国40个社区 / 表彰了12个单位: the bodies a body honours, counted right after the verb (a scope such as 全国
# between), are its winners, when nothing else counts them.
# 获得第一名: one place awarded to the winner the clause names.
_PLACING = re.compile(rf"(?:获得|荣获|夺得|摘得|获)了?第([{NUMERAL_CHARS}]{{1,2}})名")
# 表彰了10个单位中的3个: a pool the honoured are drawn from (not 社区在…中, a phrase of its own).
_HONOURED_POOL_AFTER = re.compile(r"^[^，,。；\d在]{0,8}?中")
_HONOURED_UNITS = re.compile(rf"(?<![受获])(?:表彰|表扬)了?\s*(?:全国|全省|全市|全区|全县)?\s*{_UNIT_AMOUNT}")
# 评选出10个文明楼栋，并授予“文明楼栋”流动红旗: units a selection produced, named by the title then conferred on them.
_TITLED_UNITS = re.compile(
    rf"(?:{_PRODUCING_VERB.pattern})了?\s*{_UNIT_AMOUNT}(?P<noun>{_NAME_CH}{{2,10}})[，,]\s*(?:并|同时)?(?:授予|颁发)"
    r"[^，,。；;]{0,6}?[“「『](?P<title>[^“”「」『』]{2,12})[”」』]"
)
# 表彰的“最美家庭”，分别是1个A、1个B、4个C: the honoured, counted by category right after the honour is named.
_ITEM_AMOUNT = rf"(?:\d+|[{NUMERAL_CHARS}]+)(?:个|名|位|户|家|项|件)"
_HONOURED_BY_CATEGORY = re.compile(
    rf"(?:表彰|评选出|评出|选出|命名)的[^，,。；;\d]{{1,20}}[，,]\s*(?:分别是|分别为)\s*"
    rf"(?P<list>{_ITEM_AMOUNT}[^，,。；;、\d]{{1,12}}?(?:[、和及与]{_ITEM_AMOUNT}[^，,。；;、\d]{{1,12}}?)+)"
    r"(?:[“「『][^“”「」『』]{1,12}[”」』])?\s*$"
)
_ITEM = re.compile(rf"(?P<num>\d+|[{NUMERAL_CHARS}]+)(?:个|名|位|户|家|项|件)")
_ENTRANTS_ENTERING = re.compile(
    # 、 only between places (市、县政府): a list of other units (5家企业、10个社区) leaves the first uncounted.
    rf"{_ORG_AMOUNT}(?:[^，,。；、\d的]|(?<=[省市县区乡镇])、(?=[省市县区乡镇])){{0,8}}?"
    # 提案: a proposal submitted for the award; 参加 closing its clause (有28个社区参加，) takes part in the
    # contest itself.
    r"(?:报名参赛|报名参加|踊跃报名|报名|参赛|参评|参选|参奖|自愿申报|申报(?!的)|提案|参加(?=[，,。；;]|$)"
    # 473个村积极参与，: taking part, closing its clause, in a contest the sentence names before (as bare 参加);
    # 21个社区参与…现场评估: taking part in a contest named right after, closing the clause.
    r"|(?:积极|踊跃)?参与(?=[，,。；;]|$)|(?:参与|参加)(?=[^，,。；;]{0,24}?(?:评选|评估|评比|评鉴|大赛|竞赛|比赛|征集)"
    r"(?:活动)?(?:[，,。；;]|$))"
    # 2000多个基层党组织提交了案例: each body put its case in.
    r"|提交了?(?=案例|作品|项目|材料|方案))"
)
# 设立了丰富的奖项设置，包括 / 设置一等奖…: the awards on offer, set up before the judging.
_AWARDS_SET_UP = re.compile(
    r"(?:设立|设置|设有|拟设|共设)(?:(?!评出|评选出|选出|揭晓|产生|获|公布|发布)[^。；;！？]){0,18}$|奖项设置"
    r"|(?<![建假开预增])设\s*$"
)
_QUALIFIED = re.compile(r"获得|取得|赢得")
# A later round (决赛共有14支队伍参加): those who take part in it are the finalists, not the entrants.
_LATER_ROUND = re.compile(r"决赛|复赛|复审|复评|终审|终评|答辩")
# 共有332个项目在某平台成功报名: where the entries were put in may stand between the amount and its verb.
_ENTRY_AFTER_WHERE = re.compile(r"^(?P<who>[^，,。；;\d]{0,8}?)在[^，,。；;\d]{1,16}?(?:成功|完成)?(?:报名|申报)(?!的)")
# 成功报名，202个项目通过审核: a clause of its own after the entry verb, with its own verb of a later step (passing a
# check, moving on): the amount is that step's, not the entries.
_LATER_STEP_AFTER = re.compile(r"^[^，,。；;\d]{0,10}?(?:通过|进入|入围|晋级)")
# 从202个项目中脱颖而出，进入决赛: a pool someone came out of into a later round; the entries only when nothing else
# counts them (the pool of a later round is often those that passed a first check).
_INTO_LATER_ROUND = re.compile(
    r"^[，,\s]?[^，,。；]{0,12}?(?:脱颖而出|胜出)\s*[，,]?\s*(?:成功|顺利)?(?:进入|晋级|入围)"
)
# 本次比赛入围项目涉及…: the contest's competitors are called finalists, so those said to take part (N个项目参加比赛)
# are the finalists, not the entries.
_COMPETITORS_SHORTLISTED = re.compile(r"(?:比赛|大赛|决赛|赛事)的?入围(?:项目|案例|作品|团队)")
_COMPETING_AFTER = re.compile(r"^[^，,。；;\d]{0,14}?(?:参加比赛|参与比赛|参赛|同台角逐|角逐)")
# 枝江市共申报项目11个 in a story of 宜昌市第六届…大赛: a named place (not 全市, 我市) putting in its own entries to a
# contest the text names with another place is that place's share.
_PLACE_SENDS = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{1,3}[^\W\d_全我本各该此][省市县区])(?:共|共计|一共)?(?:申报|推荐|报送|选送)[^，,。；;]*$"
)
_CONTEST_PLACE = re.compile(rf"(?P<place>[\u4e00-\u9fff]{{2,4}}[省市县区])(?:第[{NUMERAL_CHARS}\d]+届|首届)")
# Bare 参加 enters a contest only when the sentence names one before it (评鉴有28个社区参加), and no meeting
# (年会…来自164个城市246个单位参加 counts those attending).
_CONTEST_BEFORE = re.compile(r"评[选比鉴审]|[大竞比]赛|选拔|征集")
# 参与2022年度“十佳社区”现场评估, closing its clause: the contest taken part in, named right after the verb.
_CONTEST_NAMED_AFTER = re.compile(
    r"[^，,。；;]{0,24}?(?:评选|评估|评比|评鉴|大赛|竞赛|比赛|征集)(?:活动)?(?:[，,。；;]|$)"
)
_MEETING = re.compile(r"会议|年会|大会|论坛|峰会|研讨|座谈|典礼|仪式|交流会|发布会")
# 50个小区被居民推荐参选: units put forward by others (推荐为 names a title won, not an entry).
_ENTRANTS_NOMINATED = re.compile(
    rf"{_ORG_AMOUNT}[^，,。；、\d的被]{{0,6}}?被[^，,。；\d]{{0,12}}?(?:推荐|提名|选送)(?!为)"
)
# 由各城区推荐25个候选社区: the candidates each place or body put forward are the entrants (a jury's picks out of
# a pool, with no 各 putting them forward, are a shortlist).
_ENTRANTS_PUT_FORWARD = re.compile(
    rf"各[^，,。；;\d]{{1,16}}?(?:推荐|选送|推选|申报)了?\s*(?P<qb>{_QUAL_BEFORE})?\s*{_VAGUE}"
    rf"(?P<num>\d+|[{NUMERAL_CHARS}]+)(?P<qa>{_QUAL_AFTER})?\s*(?P<unit>个|家|所)(?P<qt>)候选"
    # bodies or places that are entered themselves, not listed with another kind (12个候选地区和30个候选项目)
    r"(?:社区|村|小区|单位|街道|乡镇|镇|学校|企业|机构|组织|集体)(?![^，,。；;]{0,2}?(?:、|和|及|与|以及))"
)
# 从30个参评社区中脱颖而出: the pool the winners came from, its units marked as entrants.
_ENTRANTS_POOL = re.compile(
    rf"从\s*(?P<qb>{_QUAL_BEFORE})?\s*{_VAGUE}(?P<num>\d+|[{NUMERAL_CHARS}]+)(?P<qa>{_QUAL_AFTER})?\s*(?P<unit>个|家|所|支)"
    r"(?P<qt>)(?:参评|参赛|参选|参奖|申报|报名)的?[^，,。；\d]{1,8}?中?(?:脱颖而出|胜出|评选出|遴选出|推选出|精选出|评出|选出)"
)
# 在线报名的政府网站共有200多家: those that entered, named before their total.
_ENTRANTS_TALLIED = re.compile(
    r"(?:报名|申报|参评|参赛|参选)(?:参[赛评选加与])?的[^，,。；;\d的]{1,12}?(?:共有|共计|共达|总数为|总数达|达到|共|达)\s*"
    rf"(?P<qb>{_QUAL_BEFORE})?\s*{_VAGUE}(?P<num>\d+|[{NUMERAL_CHARS}]+)(?P<qa>{_QUAL_AFTER})?\s*(?P<unit>家|所|支)(?P<qt>)"
)
# 吸引了…N所高校M支队伍参与: the entrants are the last units counted before the verb (teams within universities);
# a count the next one belongs to (12所高校的数十支团队) counts their homes, not them.
_ENTRANTS_ATTRACTED = re.compile(
    r"吸引(?:了)?(?P<who>[^，,。；;！？]{0,40}?)(?:报名参赛|报名参加|报名参与|报名|参赛|参评|参选|参奖|"
    # 参与 / 参加 the contest (closing the clause, or naming it), not other work (参与社区治理).
    r"(?:参与|参加)(?=[，,。；;！？]|$|[^，,。；;！？]{0,10}?(?:评|赛|选|征集|活动|角逐)))"
)
_ORG_AMOUNT_RE = re.compile(_ORG_AMOUNT)
# 吸引了3家社会组织、5家企业及6家商户参与: several kinds of bodies listed with their amounts, none the total of those
# taking part (a nesting, 12所高校30支队伍, has no separator between).
_KINDS_LISTED_BEFORE = re.compile(rf"{_ANY_AMOUNT}[^，,。；;\d]{{0,12}}(?:、|以及|和|及|与)\s*$")
_ENTRANTS_SENDING = re.compile(
    rf"{_ORG_AMOUNT}[^，,。；、\d的]{{0,6}}?的(?:评选|申报|参评|参赛|推荐)?(?:材料|案例|项目|作品|专案)"
)


# People counted as the entrants or the winners, when a text counts neither cases nor organisations: an honour for
# persons (十佳平安卫士, 热心市民, 最美志愿者). 人次 counts visits or votes, never persons. 户 counts households, the
# winners of an honour for families (90户“最美家庭”); 户次 is visits again.
_PERSON_AMOUNT = (
    rf"(?P<qb>{_QUAL_BEFORE})?\s*{_VAGUE}(?P<num>\d+|[{NUMERAL_CHARS}]+)(?P<qa>{_QUAL_AFTER})?\s*(?P<unit>名|位|人|户)(?!次)"
    r"(?P<qt>)"
)
# What an honour for persons or families is named, unquoted: 表彰997户第十三届全国五好家庭, 表扬20名优秀志愿者.
_PERSON_TITLE = re.compile(r"家庭|之星|标兵|模范|能手|先锋|示范|典型|优秀|先进|十佳|十大|最美|最佳")
# 共收集到50名推荐人选 / 收到各界推荐报名300余人: nominees received, the amount closing its clause or naming them as
# nominees (收到40名群众的来信 counts letters' writers, not entrants).
_PEOPLE_ENTERED = re.compile(
    rf"(?:收集到|收到|征集到|接收到)[^，,。；;！？\d]{{0,10}}?{_PERSON_AMOUNT}"
    r"(?:推荐|参评|候选)?(?:人选|候选人)?(?=[，,。；;！？]|$)"
)
# 来自各界的11名市民荣获“…”称号 / 最终8人获得…称号 / 12位书记受到表彰: persons said to have won a title.
_PEOPLE_WON = (
    re.compile(
        rf"{_PERSON_AMOUNT}[^，,。；;！？\d]{{0,12}}?(?:荣获|获得|获评|获授)[^，,。；;！？]{{0,30}}?(?:称号|荣誉)"
    ),
    # 17位好楼长受表彰 / 受到表扬: the persons honoured, a headline's shorter wording too; not 101位受表扬的…代表,
    # those of them present.
    re.compile(rf"{_PERSON_AMOUNT}[^，,。；;！？\d]{{0,12}}?(?:受到表彰|获得表彰|获表彰|受表彰|受到表扬|受表扬|被评为|被授予)(?!的)"),
    # 90户“最美家庭”入选 / 12名“最美X”当选: the persons counted right before the quoted title they entered.
    re.compile(rf"{_PERSON_AMOUNT}\s*[“「『][^“”「」『』]{{2,20}}[”」』](?:名单)?(?:入选|当选|出炉|揭晓)"),
    # 共11位(组)获选 / 合计8人获奖: a total of persons (or teams, in brackets) who won, no title named.
    re.compile(rf"(?:共有|共计|合计|总计|共)\s*{_PERSON_AMOUNT}(?:[(（][^()（）]{{1,3}}[)）])?\s*(?:获选|获奖|得奖)"),
    # 评选出甲、乙等12位年度“十佳卫士”: a list of named persons closed by its amount and the title they got.
    re.compile(
        rf"(?:{_PRODUCING_VERB.pattern}|表彰)了?[^，,。；;！？]*?等\s*{_PERSON_AMOUNT}"
        rf"(?=[^，,。；;！？]{{0,12}}?[“「『])"
    ),
    # 最终评选出了20名“最美X”: the amount right after the verb, the quoted title right after the amount.
    re.compile(rf"(?:{_PRODUCING_VERB.pattern}|表彰|表扬)了?\s*{_PERSON_AMOUNT}(?=\s*[“「『])"),
    # 表彰997户第十三届全国五好家庭: unquoted, the title after the amount must read as one (not 表彰了100名同志).
    re.compile(rf"(?:{_PRODUCING_VERB.pattern}|表彰|表扬)了?\s*{_PERSON_AMOUNT}"
               rf"(?=[^，,。；;！？\d“”「」『』]{{0,14}}?(?:{_PERSON_TITLE.pattern}))"),
    # 颁发嘉许奖予四十一名公职人员: the award handed to the persons counted.
    re.compile(rf"(?<![将拟])(?:颁发|颁授|授予)[^，,。；;！？\d]{{0,16}}?奖(?:项|章)?(?:予|给)\s*{_PERSON_AMOUNT}"),
)
# 湖南有3人获得…称号: a place's (or a body's) own share of a list, not its total (共有 is a total).
_SHARE_BEFORE = re.compile(r"(?<![共计])有\s*$")

# 对…的23个先进集体和10位先进个人进行表彰 / 对…等14个单位予以表彰: those a body honours, counted at the end of the 对
# phrase, are the winners; 对…的4个项目开展评审: the cases judged are the entries.
_HONOURED = re.compile(
    r"对(?P<who>[^。；;！？]{1,160}?)(?:进行|予以|给予|作出|做出)了?(?:通报|集中|隆重)?(?:命名)?(?:表彰|表扬|嘉奖|嘉许)"
)
# 共表彰28名A、49个B、37家C和16名D，: a total honoured, listed as groups closing the clause (the 共 says it is all
# of them); its groups, counted in different units, are not one case count among them.
_HONOURED_TOTAL = re.compile(r"共(?:表彰|表扬)了?(?P<who>[^，,。；;！？]{4,80}?)(?=[，,。；;！？]|$)")
_REVIEWED = re.compile(
    r"对(?P<who>[^。；;！？]{1,160}?)(?:进行|开展|组织)了?(?:项目|集中|现场|专家)?"
    # 进行综合检查和评定: an inspection joined to the rating is the judging too.
    r"(?:(?:综合|实地)?(?:检查|考核|考察)[和与及])?(?:评审|评选|评比|评定)"
)
# 对各镇申报推荐的53个优秀村和39个示范村进行…评定: groups put forward for judging, whatever they are, are the entries.
_PUT_FORWARD_BEFORE = re.compile(r"(?:申报|推荐|报送|选送)的\s*$")
# The end of an honoured or judged phrase: [amount][what it counts], with more such groups joined before it.
_GROUP_NOUN = re.compile(rf"^{_GROUP_CH}{{1,12}}$")
_QUOTED_GROUP_NOUN = re.compile(r"^[“「『](?P<noun>[^“”「」『』]{1,12})[”」』]$")
# 对甲申报的“…”等5个A项目和乙协会“…”等9个B项目进行表彰: the next group may be a list of names closed by 等.
_GROUP_JOIN = re.compile(rf"^(?P<noun>{_GROUP_CH}{{1,12}}?)\s*(?:以及|[、和及与])\s*(?:[^。；;！？\d]{{1,60}}?等)?\s*$")
# A phrase about one tier's winners or a part of them (对获得一等奖的5个项目, 对其中10个单位): not all the winners.
_PART_OF_WINNERS = re.compile(r"等奖|[金银铜]奖|优秀奖|特别奖|其中|部分")


# 12公所获评优等 / 49单位获奖: bodies that won, counted without a measure word.
_BARE_BODY_COUNT = re.compile(r"(?<![\d.第])(\d{1,3})(?=(?:公所|单位|机关)[^，,。；;\d]{0,16}?(?:获|得奖))")
# A named part of a total: (name as printed, amount, span in the sentence).
_Part = tuple[str, int, tuple[int, int]]



# 决定举办第二届…大赛 / 决定开展…评选: the text is the decision that launches this edition, so none of its entries or
# winners exist yet; amounts it prints (a past edition's haul, quoted to motivate the call) are another edition's.
_DECIDED_TO_HOLD = re.compile(
    r"决定(?:于[^，,。；;]{0,16})?(?:在[^，,。；;]{0,16})?(?:举办|开展|组织开展|举行|启动)"
    r"(?![^，,。；;]{0,30}?(?:颁奖|仪式|典礼|发布会|表彰会|座谈会|培训))"
    r"[^，,。；;]{0,40}?(?:评选|大赛|竞赛|征集|评比|比赛|展评|推选|遴选)"
)
# 500个优秀项目入围全国决赛: the size of a shortlist. An entry count of the same number elsewhere
# (全国参赛的500多个项目) counts the same finalists again, not the entries.
_SHORTLIST_SIZE = re.compile(
    rf"{_AMOUNT_BARE}[^，,。；;\d]{{0,12}}?(?:入围|晋级|进入)(?!奖)[^，,。；;\d]{{0,6}}?(?:决赛|复赛|终评|终审|复评|半决赛)"
)

# 25个资源联动奖获奖项目: the amount's noun names one award (not 获奖项目 alone) before the cases that won it.
_ONE_AWARDS_WINNERS = re.compile(
    r"\s*[“\"「『]?(?P<award>[^，,。；;、\d“”\"「」『』获]{2,10}奖)[”\"」』]?(?:获奖)?(?:项目|案例|作品)"
)


@dataclass(frozen=True)
class _Amount:
    value: int
    qualifier: str | None
    start: int
    end: int


def parse_counts(text: str | None, edition: int | None = None) -> dict:
    """The entry and winner counts an announcement states.

    Returns ``{"applications": int | None, "applications_qualifier": str | None, "selected": int | None,
    "by_tier": {tier name as printed: int}}``. The qualifier is the word as printed (``逾``, ``近``, ``超过``,
    ``余``, ``多``, ``以上``...) when the count is not exact. ``selected`` is the stated total of winners, or the sum of
    the tiers when the text lists tiers but no total. Counts over several editions, growth figures and counts of
    places or organisations are never taken; what the text does not say stays ``None`` / ``{}``. ``edition`` (the
    announced edition, when known) makes a clause about another numbered one (``首届…共收到…近四百件`` in a
    second edition's call) another edition's.

    Shortlists (入围/候选/进入终审) and plans (将评选出…) are not winners. 十佳X / 十大X named as a result without an
    amount is a tier of ten. When the text counts no cases but counts the organisations that entered
    (近50所高校报名参赛), that count is ``applications``.

    An award's own amount before ``其中`` and its tiers (“X奖”100个，其中一等奖15个…) is the total; any 奖 joined
    to a tier list with its amount is one more tier; ``N个…之一`` counts a list the subject belongs to, not
    the results. 累计 is this edition's only when scoped to it (活动启动后，累计…; 本次…累计), 一年来 always.

    A winners' total that ``其中`` divides into named parts adding up to it (评出18个案例，其中A案例6个、B案例12个)
    gives those parts as tiers (categories, levels and places excepted); the parts of any such total are never
    counts of their own. A list heading with its total (…名单（共14个）) is the winners' total when the prose gives
    none. When no winning case is counted but winning organisations are (选出12家获奖单位, 17个部门获得…奖), that
    count is ``selected``. Amounts inside a quoted name (“三个一”机制) count nothing.

    Groups of winners listed with their amounts and no tier word are tiers too, when each is named as a title
    (认定A等100个村为示范村、B等20个镇为示范镇 / 公布50个示范县、59个示范项目 / 名单包括…); so are tens of named
    categories (评选出甲类十大案例、乙类十大案例). Units that won are winners when counted as bodies (25个机关(构)得奖)
    or as cities given a named award. 数十 / 几十 / 上百 print no number.

    An entry count listed with others of other kinds (收到30名个人的事迹、40个项目以及50部短片) is none: no total is
    printed. Designations in the passive (共有50个单位被命名为…示范单位, 甲村等40个村被评为优秀村、…) name winners.

    Entrants may be agencies (从144个参奖机关), cities putting proposals (60个城市提案) or units taking part in a named
    contest (评鉴有28个社区参加; not a meeting's attendance, not a final's teams). Winners may be teams (共有6支队伍
    获奖), agencies that came out on top, or communities as a stated total (共24个社区脱颖而出); a subject's own share
    (某市政府在…奖共有2个机关获奖, a school's own teams and entries) and a rule's limit (每队仅可提交一个案例) count
    nothing. In a list of tiers, a group before the first (1个特别贡献案例、10个示范案例…), awards sharing an amount
    (甲奖及乙奖各7名) and a tier one quoted name won (“甲”项目获评金奖) are tiers too; the same ranks under two groups
    (优秀案例一等奖…；优秀项目一等奖…) are named with their group. 收录 counts the cases a collection took in.

    A tally named as a number (提案数达N件, 申报数量为N项) counts entries; a batch counted whole (这批案例共有N个) its
    winners; several batches summed (三批共N个) are other editions. Persons won when counted as a total (共N位(组)
    获选), right before their quoted title (评选出N名“…”) or as those an award is handed to (颁发…奖予N名…).

    Those a body honours (对…的N个先进集体和M位先进个人进行表彰) are the winners, and the cases it judges (对…N个项目
    进行评审) the entries; so are awards handed out in total (共颁发N个奖项), cases a notice sends out (将N个…案例印发),
    and those picked out of a pool (在N个案例中选取M个). A final's pool and competitors, and the parts after 其中 of a
    total, are not the entries; a count over the editions held (已举办三届，共评出…) is no edition's.
    """
    result: dict = {"applications": None, "applications_qualifier": None, "selected": None, "by_tier": {}}
    if not text:
        return result
    text = unicodedata.normalize("NFKC", text)
    # 12公所获评优等 / 49单位获奖: Taiwanese reports count bodies without a measure word; read as 12个公所.
    text = _BARE_BODY_COUNT.sub(r"\1个", text)
    other_editions = _other_editions(edition)
    entrants: _Amount | None = None  # organisations that entered: the entries when no case count is given
    winning_units: _Amount | None = None  # organisations that won: the winners when no case count is given
    people_entered: _Amount | None = None  # persons nominated: the entries when nothing else is counted
    people_won: _Amount | None = None  # persons honoured: the winners when nothing else is counted
    units_honoured: _Amount | None = None  # bodies honoured (表扬40个社区): the winners when nothing else is counted
    placings: dict[str, int] = {}  # 甲获得第一名，乙获得第二名…: the places awarded, when nothing else is counted
    honoured_total: int | None = None  # the groups a body honoured (对…进行表彰), not read as tiers
    reviewed: _Amount | None = None  # the cases judged (对…N个项目进行评审): the entries when nothing else is counted
    implied_tens: dict[str, int] = {}  # 十佳X / 十大X named as a result without an amount
    total_unknown = False  # a tier without its amount was listed, so the tiers' sum is not the total
    category_seen = False  # one category's winners were counted: later amounts are further categories
    pooled: _Amount | None = None  # a pool someone came out of into a later round: the entries when nothing else is
    contest_places = {m.group("place") for m in _CONTEST_PLACE.finditer(text)}
    previous = ""  # the sentence before, for 本次比赛入围项目…。…N个项目参加比赛
    for sentence in _sentences(text):
        tiers_before = bool(result["by_tier"])  # tiers read in earlier sentences: the main ladder
        named = _named_groups(sentence, other_editions) or _award_groups(sentence, other_editions)
        honoured = _honoured(sentence, other_editions)
        if not named and len(honoured) >= 2 and all(
                _TITLE_WORD.search(name) and not _NOT_WINNING_GROUP.search(name) for name, _, _ in honoured):
            # 对…23个先进集体和10位先进个人进行表彰: groups named as titles are tiers.
            named = honoured
        elif honoured and honoured_total is None:
            honoured_total = sum(value for _, value, _ in honoured)
        for name, value, _ in named:
            result["by_tier"].setdefault(name, value)
        # A list of named groups is read whole; its titles are not read again as tiers one by one.
        tier_spans = [span for _, _, span in named] or _read_tiers(sentence, result["by_tier"], other_editions)
        ten_spans, partial = _read_top_ten(sentence, result["by_tier"], implied_tens, other_editions, tier_spans)
        tier_spans += ten_spans
        tier_spans += _read_groups(sentence, result["by_tier"], other_editions, tier_spans)
        total_unknown = total_unknown or partial
        if entrants is None:
            entrants = _entrants(sentence, other_editions)
        if winning_units is None:
            winning_units = _winning_units(sentence, other_editions)
        if reviewed is None:
            reviewed = _reviewed(sentence, other_editions)
        if people_entered is None:
            people_entered = _people(sentence, (_PEOPLE_ENTERED,), other_editions)
        if people_won is None:
            people_won = _people(sentence, _PEOPLE_WON, other_editions)
        if units_honoured is None:
            units_honoured = _units_honoured(sentence, other_editions)
        if not placings:
            placings = _placings(sentence, other_editions)
        selecting = bool(tier_spans)  # this sentence lists winners, so a closing 共N个 is their total
        last_tier_end = max((end for _, end in tier_spans), default=0)
        # 评选出30个案例，其中A案例10个、B案例20个: the parts are the total's, never counts of their own.
        divided = _parts_of_a_total(sentence, tier_spans, other_editions)
        part_spans = [span for _, _, span in divided[1]] if divided else []
        listed = _listed_entries(sentence, other_editions)
        if listed is not None and result["applications"] is None:
            result["applications"], result["applications_qualifier"] = listed.value, listed.qualifier
        listed_spans = [(listed.start, listed.end)] if listed else []
        honoured_spans = [span for _, _, span in honoured] if honoured is not named else []
        for amount in _amounts(sentence, tier_spans + part_spans + listed_spans + honoured_spans):
            kind = _kind_of(sentence, amount, other_editions)
            if kind == "entry" and (_competing_finalists(previous + sentence, sentence, amount)
                                    or _place_share(sentence, amount, contest_places)):
                continue
            if kind == "pool":
                pooled = pooled or amount
            elif kind == "entry" and result["applications"] is None:
                result["applications"] = amount.value
                result["applications_qualifier"] = amount.qualifier
            elif kind == "select" and tiers_before and _side_award(sentence, amount, result["by_tier"]):
                # 还设立了资源联动奖…产生了25个资源联动奖获奖项目, after the main tiers were read: one side award's
                # winners, neither the total nor a tier of the main ladder.
                continue
            elif kind == "select":
                if _one_category(sentence, amount):
                    # 遴选出综合类案例47个…，同时遴选出…案例16个: one category's winners, and those after it are
                    # further categories; the total is not printed.
                    category_seen = total_unknown = True
                if result["selected"] is None and not category_seen:
                    result["selected"] = amount.value
                selecting = True
                if divided and divided[0].start == amount.start:
                    # The winners' total divided into named parts: the parts are its tiers.
                    for name, value, _ in divided[1]:
                        if _PART_IS_TIER.search(name) and not _PART_NOT_TIER.search(name):
                            result["by_tier"].setdefault(name, value)
            elif (kind is None and selecting and amount.start >= last_tier_end
                  and _TOTAL_BEFORE.search(sentence[: amount.start])):
                # 评选出创新案例50个、优秀案例100个，共150个: the stated total wins over the first tier read as one.
                # Only after the tiers: 共有1500个项目参加评选，113个项目获得入围奖 opens with the entries.
                result["selected"] = amount.value
        previous = sentence
    if result["applications"] is None and pooled is not None:
        result["applications"], result["applications_qualifier"] = pooled.value, pooled.qualifier
    if result["selected"] is None:
        # A list of winners headed by its total: 入选名单（共14个）, the total often on a line of its own.
        listed = _listed_total(text, other_editions)
        if listed is not None:
            result["selected"] = listed.value
    if implied_tens and not any(tier_code(name) == "top10" for name in result["by_tier"]):
        # One ten, named once or in several wordings (标题 十佳案例发布, body 评选出…十佳创新案例); a ten listed with
        # its amount elsewhere (十大城市案例10个) is already counted.
        name, value = next(iter(implied_tens.items()))
        result["by_tier"] = {name: value, **result["by_tier"]}
    if result["selected"] is None and result["by_tier"] and not total_unknown \
            and not _ranks_left_uncounted(text, result["by_tier"]):
        result["selected"] = sum(result["by_tier"].values())
    if result["selected"] is None and not result["by_tier"] and honoured_total is not None:
        result["selected"] = honoured_total
    if result["selected"] is None and not result["by_tier"] and winning_units is not None:
        result["selected"] = winning_units.value
    if result["selected"] is None and not result["by_tier"] and winning_units is None and people_won is not None:
        result["selected"] = people_won.value
    if result["selected"] is None and not result["by_tier"] and winning_units is None and people_won is None \
            and units_honoured is not None:
        result["selected"] = units_honoured.value
    if result["selected"] is None and not result["by_tier"] and placings:
        result["by_tier"] = dict(placings)
        result["selected"] = sum(placings.values())
    if result["applications"] is None and reviewed is not None:
        result["applications"], result["applications_qualifier"] = reviewed.value, reviewed.qualifier
    if result["applications"] is None and entrants is not None:
        result["applications"] = entrants.value
        result["applications_qualifier"] = entrants.qualifier
    if result["applications"] is None and people_entered is not None:
        result["applications"] = people_entered.value
        result["applications_qualifier"] = people_entered.qualifier
    if result["applications"] is not None and result["applications"] in _shortlist_sizes(text):
        result["applications"] = result["applications_qualifier"] = None
    if _DECIDED_TO_HOLD.search(text):
        return {"applications": None, "applications_qualifier": None, "selected": None, "by_tier": {}}
    return result


def _competing_finalists(context: str, sentence: str, amount: _Amount) -> bool:
    """Whether ``amount`` counts those taking part (N个项目参加比赛) in a contest whose competitors the text has just
    called finalists (本次比赛入围项目涉及…): the finalists, not the entries."""
    return bool(_COMPETING_AFTER.match(sentence[amount.end :])) and bool(
        _COMPETITORS_SHORTLISTED.search(context[: len(context) - len(sentence) + amount.start]))


def _place_share(sentence: str, amount: _Amount, contest_places: set[str]) -> bool:
    """Whether ``amount`` is what one named place put in (枝江市共申报项目11个) to a contest the text names with
    another place (宜昌市第六届…大赛): that place's share, not the contest's entries."""
    clause = sentence[_clause_start(sentence, amount.start) : amount.start]
    sender = _PLACE_SENDS.search(clause)
    if sender is None or not contest_places:
        return False
    place = sender.group("place")
    return not any(place[-3:] in other or other[-3:] in place for other in contest_places)


def _side_award(sentence: str, amount: _Amount, by_tier: dict[str, int]) -> bool:
    """Whether ``amount`` counts the winners of one award named by its own name (25个创意奖获奖项目), an award that is
    not a rank of a ladder (金奖, 一等奖) and not a tier already read."""
    named = _ONE_AWARDS_WINNERS.match(sentence, amount.end)
    if named is None:
        return False
    award = named.group("award")
    return not _RANKED_TIER.search(award) and not any(award in tier or tier in award for tier in by_tier)


def _shortlist_sizes(text: str) -> set[int]:
    """The sizes of the shortlists the text states (N个项目入围决赛), outside other editions' clauses."""
    sizes = set()
    for sentence in _sentences(text):
        for match in _SHORTLIST_SIZE.finditer(sentence):
            amount = _amount_of(_AMOUNT.search(match.group()))
            if amount is not None and not _OTHER_EDITIONS.search(sentence):
                sizes.add(amount.value)
    return sizes


def _ranks_left_uncounted(text: str, by_tier: dict[str, int]) -> bool:
    """Whether the text names a rank of the same ladder as the tiers read that it never counts (金奖100项 read, and
    the finalists 角逐金银奖): the winners of that rank are unknown, so the tiers' sum is not the total."""
    codes = {tier_code(name) for name in by_tier}
    for ladder in _RANK_LADDERS:
        read = {code for code, _ in ladder if code in codes}
        if read and any(code not in read and pattern.search(text) for code, pattern in ladder):
            return True
    return False


def _listed_total(text: str, other_editions: Callable[[str], bool]) -> _Amount | None:
    """The total printed with a list of winners' heading (…案例名单（共14个）), or ``None``; a list of another
    edition's, of a shortlist or of a plan's candidates does not count."""
    for match in _LIST_TOTAL.finditer(text):
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        if other_editions(line) or _SHORTLIST.search(line) or _PROVISIONAL_LIST.search(line):
            continue
        return _amount_of(_AMOUNT.search(match.group("amount")))
    return None


def tier_code(tier: str) -> str | None:
    """A stable code for a printed tier name (``“十佳案例”`` -> ``top10``, ``一等奖`` -> ``first``), or ``None``."""
    for pattern, code in _TIER_CODES:
        if pattern.search(tier):
            return code
    return None


def _sentences(text: str) -> list[str]:
    return [part for part in _SENTENCE_END.split(text) if part.strip()]


def _other_editions(edition: int | None) -> Callable[[str], bool]:
    """Whether a clause is about other editions: the usual words, and, when the announced edition is known, an
    ordinal naming a different one (首届 in a second edition's text)."""

    @cache  # (asked of the same clauses many times over a page)
    def about_others(clause: str) -> bool:
        words = {m.group() for m in _OTHER_EDITIONS.finditer(clause)}
        if words and not (words <= {"累计", "已有"} and _running_total_of_this_edition(clause, words)):
            return True
        if not edition:
            return False
        return any(to_int(m.group(1)) not in (None, edition) for m in _EDITION_ORDINAL.finditer(clause)) or (
            edition > 1 and ("首届" in clause or "首批" in clause))

    return about_others


def _running_total_of_this_edition(clause: str, words: set[str]) -> bool:
    """Whether 累计 / 已有 in ``clause`` sum up this edition only: the clause scopes them to the edition (本次,
    今年), to the campaign since its launch (活动启动后，累计征集到…) or since a day of this year (自12月8日以来，
    已有…), and no launch year that may lie editions back."""
    scope = _THIS_EDITION_RUNNING.search(clause)
    first = min(clause.index(word) for word in words)
    if "已有" in words and _PRINTED_YEAR.search(clause[:first]) and not _THIS_EDITION_WORD.search(clause[:first]):
        # 自2016年3月启动以来，已有…: a launch dated with its year may lie several editions back.
        return False
    return bool(scope) and scope.start() < first and not _BARE_YEAR_LAUNCH.search(clause)


def _read_tiers(sentence: str, by_tier: dict[str, int], other_editions: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Add the tiers listed in ``sentence`` to ``by_tier``; return the spans they used, so they are not read twice.

    A plan (将评选出一等奖3项…) lists no results: nothing is read from it."""
    if other_editions(sentence):
        return []
    found: list[tuple[str, int, tuple[int, int]]] = []
    for shared in _SHARED_RANKS.finditer(sentence):
        amount = _amount_of(_TIER_AMOUNT.search(shared.group("amount")))
        if amount is not None:
            found.extend((f"{rank}等奖", amount.value, shared.span()) for rank in shared.group("ranks")[::2])
    found.extend(_bracketed_tiers(sentence))
    loose: list[tuple[str, int, tuple[int, int]]] = []  # quoted names with amounts that do not read as tiers alone
    for pattern in (_TIER_THEN_AMOUNT, _AMOUNT_THEN_TIER):
        for match in pattern.finditer(sentence):
            tier = (match.group("qtier") or match.group("tier") or "").strip()
            if not _is_tier(tier, quoted=bool(match.group("qtier"))):
                if pattern is _TIER_THEN_AMOUNT and match.group("qtier") and tier and not _NOT_TIERS.match(tier):
                    amount = _amount_of(_TIER_AMOUNT.search(match.group("amount")))
                    if amount is not None:
                        loose.append((tier, amount.value, match.span()))
                continue
            if pattern is _AMOUNT_THEN_TIER and _ENTERING_RIGHT_AFTER.match(sentence, match.end()):
                # 590个优秀志愿服务项目参与角逐: the entries, praised, not a tier of winners.
                continue
            amount = _amount_of(_BODY_TIER_AMOUNT.search(match.group("amount")))
            span = match.span()
            if amount is None or any(_overlaps(span, other) for _, _, other in found):
                continue
            if match.group("amount").rstrip().endswith("家") and not _WINNING_VERB.search(match.group()):
                # 10家企业“甲”奖: bodies counted by 家 before a name, with no verb saying they won it.
                continue
            if pattern is _AMOUNT_THEN_TIER and sentence[span[1] : span[1] + 1] == "的" \
                    and _WINNING_VERB.search(sentence[match.end("amount") : match.start("tier") if match.group("tier")
                                                      else match.start("qtier")]):
                # 赞扬3个夺得金奖的项目: those who won a tier, named as a description of the projects a clause is about,
                # are some of that tier's winners (a speech praising them), not its count.
                continue
            if _ONE_OF.match(sentence[span[1] :]):
                # 是全省四项金奖项目之一: a list the subject belongs to, not this text's tier.
                continue
            if _POOL_BEFORE.search(sentence[_clause_start(sentence, span[0]) : span[0]]) \
                    and sentence[span[1] :].lstrip().startswith("中"):
                # 从超3000个典型案例中推荐出…: the pool the winners came from, the entries, not a tier of them.
                continue
            found.append((tier, amount.value, span))
    _read_quoted_list(sentence, found, loose)
    _read_joined_awards(sentence, found)
    _read_preceding_tier(sentence, found)
    _read_single_winners(sentence, found)
    # “改革创新奖”100个，其中一等奖15个…: the first is the award itself with its total, the others divide it.
    found = [item for item in found
             if not (_DIVIDED_AFTER.match(sentence[item[2][1]:])
                     and any(other[2][0] > item[2][1] for other in found))]
    # 入围案例 / 候选项目 alone name a shortlist (评选出三十个入围项目), not winners; listed with a winners' tier
    # (20个案例获评“优秀实践案例”，30个案例获评“入围案例”) they are the results' lower tier.
    if all(_SHORTLIST.search(tier) for tier, _, _ in found):
        return []
    # One generic tier alone (评选出优秀案例30个) is the total, not a tier list; ranked tiers stand alone.
    if len(found) == 1 and not _RANKED_TIER.search(found[0][0]):
        return []
    if found and _PLACE_HAUL_BEFORE.search(sentence[_clause_start(sentence, min(span[0] for _, _, span in found)) :
                                                     min(span[0] for _, _, span in found)]):
        # 此次甲省斩获2个金奖、12个银奖: a place's (or its team's) haul at a wider contest, a share of the results.
        return []
    if found and (_FUTURE.search(sentence[: min(span[0] for _, _, span in found)])
                  or _AWARDS_SET_UP.search(sentence[: min(span[0] for _, _, span in found)])):
        # 本次大赛设立了…奖项，包括一等奖2名…: the awards a contest sets up are its plan, not its results.
        return []
    group = _tier_group(sentence, found)
    for tier, value, _ in sorted(found, key=lambda item: item[2][0]):
        by_tier.setdefault(group + tier if group and not tier.startswith(group) else tier, value)
    return [span for _, _, span in found]


def _read_quoted_list(sentence: str, found: list[tuple[str, int, tuple[int, int]]],
                      loose: list[tuple[str, int, tuple[int, int]]]) -> None:
    """Add to ``found`` the quoted names with their amounts listed right beside a quoted tier after a producing verb
    (选出“甲品牌”50个，“乙优秀案例”253个): in such a list every quoted name is one more tier, though its words hold no
    rank. Nothing is added when the list does not open on a producing verb."""
    if not loose:
        return
    chain = sorted([item for item in found if _QUOTE_OPEN.match(sentence, item[2][0])] + loose,
                   key=lambda item: item[2][0])
    lists: list[list[tuple[str, int, tuple[int, int]]]] = []
    for item in chain:
        if lists and _LIST_SEPARATOR.fullmatch(sentence[lists[-1][-1][2][1] : item[2][0]]):
            lists[-1].append(item)
        else:
            lists.append([item])
    for items in lists:
        start = items[0][2][0]
        if len(items) < 2 or all(item in loose for item in items) \
                or not _PRODUCING_VERB.search(sentence[_clause_start(sentence, start) : start]):
            continue
        found.extend(item for item in items if item in loose and not any(
            _overlaps(item[2], other) for _, _, other in found))


def _bracketed_tiers(sentence: str) -> list[tuple[str, int, tuple[int, int]]]:
    """The groups a producing verb lists, each with its amount in brackets after its name (公布了甲类案例(十项)及乙类
    提名案例(五项)): (name, amount, span) each, two at least, joined by 、/和/及 and nothing else."""
    items: list[tuple[str, int, tuple[int, int]]] = []
    for match in _BRACKETED_TIER.finditer(sentence):
        amount = _amount_of(_TIER_AMOUNT.search(match.group("amount")))
        if amount is None:
            return []
        if items and not _BRACKETED_JOIN.fullmatch(sentence[items[-1][2][1] : match.start()]):
            break
        if not items and not _PRODUCING_VERB.search(sentence[_clause_start(sentence, match.start()) : match.start()]):
            return []
        items.append((_YEAR_PREFIX.sub("", match.group("tier")), amount.value, match.span()))
    return items if len(items) >= 2 else []


def _tier_group(sentence: str, found: list[tuple[str, int, tuple[int, int]]]) -> str:
    """The group a list of ranked tiers is of, written right before the first, or ``""``.

    优秀案例一等奖5个，二等奖10个；优秀项目一等奖5个…: each group has its own tiers, and the same tier name in two
    groups counts two sets of winners."""
    if len(found) < 2 or not all(_RANKED_TIER.search(tier) for tier, _, _ in found):
        return ""
    first = min(span[0] for _, _, span in found)
    before = sentence[_clause_start(sentence, first) : first]
    match = _TIER_GROUP.search(_WINNING_VERB.split(_VERB_BEFORE.split(before)[-1])[-1])
    return match.group("group") if match else ""


def _parts_of_a_total(sentence: str, taken: list[tuple[int, int]],
                      other_editions: Callable[[str], bool]) -> tuple[_Amount, list[_Part]] | None:
    """The amount that ``其中`` divides and its named parts (评选出30个案例，其中A案例10个、B案例20个), or ``None``.

    Two parts at least, none already read as a tier, and their sum must be the total: only then is the list a
    division of that amount and not a sample of it (其中5个来自杭州).
    """
    if "其中" not in sentence or other_editions(sentence):
        return None
    for divider in re.finditer("其中", sentence):
        totals = [a for a in _amounts(sentence, []) if a.end <= divider.start()
                  and _BEFORE_DIVIDER.fullmatch(sentence[a.end : divider.start()])]
        if not totals:
            continue
        total = totals[-1]
        parts: list[_Part] = []
        position = divider.end()
        lead = _PART_LEAD.match(sentence, position)
        position = lead.end() if lead else position
        while True:
            part = _PART_NAME_FIRST.match(sentence, position) or _PART_AMOUNT_FIRST.match(sentence, position)
            amount = _amount_of(_AMOUNT.search(part.group("amount"))) if part else None
            if part is None or amount is None:
                break
            parts.append((part.group("name").strip(), amount.value, part.span()))
            separator = _LIST_SEPARATOR.match(sentence, part.end())
            if separator is None:
                break
            position = separator.end()
        if (len(parts) >= 2 and sum(value for _, value, _ in parts) == total.value
                and not any(_overlaps(span, other) for _, _, span in parts for other in taken)):
            return total, parts
    return None


def _read_joined_awards(sentence: str, found: list[tuple[str, int, tuple[int, int]]]) -> None:
    """Add to ``found`` the awards listed right after a tier with 、/和 (…、12个入围奖项目和1个网络人气奖项目), whatever
    their names: in a list of tiers, a further 奖 with its amount is one more tier."""
    queue = sorted(found, key=lambda item: item[2][0])
    while queue:
        end = queue.pop(0)[2][1]
        for pattern in _NEXT_AWARD_TIERS:
            match = pattern.match(sentence[end:])
            amount = _amount_of(_AMOUNT.search(match.group("amount"))) if match else None
            if match is None or amount is None or _NOT_TIERS.match(match.group("tier")):
                continue
            # 优秀组织奖 goes to the units that organised the entries, 10个单位 counts units: neither is a tier.
            if "组织奖" in match.group("tier") or _counts_places(sentence[end + match.end("amount"):]):
                break
            span = (end, end + match.end())
            if not any(_overlaps(span, other) for _, _, other in found):
                item = (match.group("tier"), amount.value, span)
                found.append(item)
                queue.append(item)
            break


def _read_single_winners(sentence: str, found: list[tuple[str, int, tuple[int, int]]]) -> None:
    """Add to ``found`` the ranked tiers that named winners won, with no amount (“甲”项目获评金奖，“乙”“丙”2个项目获评
    银奖…): in a list of tiers counted with their amounts, a tier given to quoted names is a tier of as many as there
    are names (甲镇“乙”项目和丙局“丁”项目荣获二等奖: two), and one given to one unquoted project a tier of one."""
    if not found:
        return
    named: list[tuple[str, int, tuple[int, int]]] = []
    for pattern in (_NAMED_WINNERS, _UNQUOTED_WINNER):
        for match in pattern.finditer(sentence):
            tier = match.group("tier")
            span = match.span("tier")
            if not _RANKED_TIER.search(tier) or any(tier == name or _overlaps(span, other)
                                                    for name, _, other in found + named):
                continue
            winners = len(_NAME_OPENING.findall(match.group("names"))) if pattern is _NAMED_WINNERS else 1
            named.append((tier, winners, span))
    # One tier counted with its amount is a list of results when two more are given to names (甲项目获一等奖，乙、丙
    # 获二等奖，…等8个项目获优秀奖); a single named winner beside one counted tier may be a story's own, unless the
    # text sets it apart from the others (除甲社区获得一等奖外，乙、丙两个社区获得二等奖): then it is one of the list.
    if len(found) >= 2 or len(named) >= 2:
        found.extend(named)
    else:
        found.extend(item for item in named if _BESIDES_WINNER.search(sentence[: item[2][0]])
                     and sentence[item[2][1] : item[2][1] + 1] == "外")


def _read_preceding_tier(sentence: str, found: list[tuple[str, int, tuple[int, int]]]) -> None:
    """Add to ``found`` the groups listed right before the first of two tiers or more.

    产生1个特别贡献案例、10个示范案例和10个优秀案例: the first heads the same list of results, so it is a tier too;
    so is an award with its amount (包括卓越奖1名、优等奖7名…) and one sharing the next tier's (优等奖及甲等奖各7名). A
    category, a level or a place (城市类案例, 省级项目) is not, nor a group of the entries (申报案例)."""
    if len(found) < 2:
        return
    while True:
        first_tier, first_value, (first, first_end) = min(found, key=lambda item: item[2][0])
        window_start = max(0, first - 40)
        window = sentence[window_start:first]
        shared = _SHARING_AWARD.search(window) if _EACH.match(sentence[first + len(first_tier) : first_end]) else None
        if shared is not None:
            tier, value, start = shared.group("tier"), first_value, shared.start()
        else:
            match = _PREVIOUS_TIER.search(window) or _PREVIOUS_AWARD.search(window)
            pattern = _AMOUNT if match is None or match.re is _PREVIOUS_TIER else _TIER_AMOUNT
            amount = _amount_of(pattern.search(match.group("amount"))) if match else None
            if match is None or amount is None:
                return
            tier, value, start = match.group("tier"), amount.value, match.start()
        # 包括卓越奖1名: the verb opening the list is not the award's name.
        tier = _LIST_OPENING.sub("", tier)
        if _NOT_TIERS.match(tier) or _PART_NOT_TIER.search(tier) or re.match(_ENTRY_BEFORE, tier) \
                or "组织奖" in tier:
            return
        found.append((tier, value, (window_start + start, first)))


def _is_tier(tier: str, quoted: bool) -> bool:
    if not tier or _NOT_TIERS.match(tier):
        return False
    return bool(_TIERLIKE.search(tier)) if quoted else True


def _read_top_ten(sentence: str, by_tier: dict[str, int], implied: dict[str, int],
                  other_editions: Callable[[str], bool],
                  taken: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], bool]:
    """Read 十佳X / 十大X named as a result without an amount as a tier of ten (评选出…十佳案例, “十大创新项目”评出).

    The ten goes to ``implied``, a tier listed with it with its amount (和20个优秀项目) to ``by_tier``.
    Returns the spans used (the ten's name and the tier listed with it) and whether a tier joined to
    the ten has no amount (十佳案例和优秀案例), which leaves the total unknown. A ten in a competition's name
    (十大创新项目评选活动), with its amount printed, or in a plan (将评选出十佳案例) is not read here.
    """
    spans: list[tuple[int, int]] = []
    if other_editions(sentence):
        return spans, False
    tens: list[tuple[str, str, tuple[int, int]]] = []  # (category, name, span)
    unnamed_joins: list[tuple[int, int]] = []  # names joined to a ten without their amount
    for match in _TOP_TEN.finditer(sentence):
        if any(_overlaps(match.span(), span) for span in taken + spans):
            continue
        after = sentence[match.end() :]
        if _TOP_TEN_NOT_RESULT_AFTER.match(after):
            continue
        # 选出“美丽中国，我是行动者”…十佳案例: a comma inside a quoted name does not end the verb's clause.
        before = sentence[_clause_start(_without_quoted_names(sentence), match.start()) : match.start()]
        produced = _PRODUCING_VERB.search(before) and not _FUTURE.search(sentence[: match.start()])
        if not (produced or _TOP_TEN_RESULT_AFTER.match(after)):
            continue
        tens.append((_ten_category(before), match.group("name"), match.span()))
        spans.append(match.span())
        joined = _JOINED_TIER.match(after)
        amount = _amount_of(_AMOUNT.search(joined.group("amount"))) if joined else None
        if joined and amount is not None:
            span = (match.end(), match.end() + joined.end())
            # 十大案例和28件案例提名奖: a tier already read with its amount is not read again (as “案例”).
            if not any(_overlaps(span, other) for other in taken):
                by_tier.setdefault(joined.group("tier"), amount.value)
                spans.append(span)
        elif (name := _JOINED_NAME.match(after)) is not None:
            unnamed_joins.append((match.end(), match.end() + name.end()))
    # A ten joined to another ten of the sentence is no tier without its amount.
    partial = any(not any(_overlaps(join, span) for _, _, span in tens) for join in unnamed_joins)
    categories = {category + name for category, name, _ in tens if category}
    if len(categories) >= 2 and len(categories) == len(tens):
        # 评选出甲类十大案例、乙类十大案例: one ten for each category, every one a tier of its own.
        for category, name, _ in tens:
            by_tier.setdefault(category + name, 10)
    else:
        # One ten, however often it is named (标题 十佳案例发布, body 评选出…十佳创新案例).
        for _, name, _ in tens:
            implied.setdefault(name, 10)
    return spans, partial


def _ten_category(before: str) -> str:
    """The category a ten is of, written right before it (评选出行政执法类十大案例 -> 行政执法类), or ``""``."""
    segment = _TEN_LIST_BREAK.split(before)[-1].strip()
    return segment if _TEN_CATEGORY.fullmatch(segment) else ""


def _read_groups(sentence: str, by_tier: dict[str, int], other_editions: Callable[[str], bool],
                 taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Read the groups of winners a sentence lists with their amounts but no tier word, as tiers; return their spans.

    Two shapes, each with two groups at least, every one named as a title or rank (示范, 典型, 十大, 提名...):
    designations (认定A等100个村为示范村、B等20个乡镇为示范乡镇) and a list after a verb that produces results or
    a results list (公布30个示范社区、12个示范项目 / 名单包括…). Their sum is the winners' total, when none is stated.
    """
    if other_editions(sentence):
        return []
    designated = _designation_groups(sentence)
    groups = designated or _listed_groups(sentence)
    if len(groups) < 2 or any(_overlaps(span, other) for _, _, span in groups for other in taken):
        return []
    # 命名甲等10人为“先锋X”，乙等100人为“能手Y”: a quoted title each group is named to is a title, whatever its words.
    conferred = bool(designated) and all(_QUOTE_OPEN.search(sentence[span[0] : span[1]]) for _, _, span in groups)
    if any((not conferred and not _TITLE_WORD.search(name)) or _NOT_WINNING_GROUP.search(name)
           for name, _, _ in groups):
        return []
    for name, value, _ in groups:
        by_tier.setdefault(name, value)
    return [span for _, _, span in groups]


def _named_groups(sentence: str, other_editions: Callable[[str], bool]) -> list[_Part]:
    """Groups of named winners a producing verb lists, each closed by 等 with its amount and title (推选出甲等9名
    “最美X”，乙等11个“最佳Y”): (title, amount, span) each, two groups at least, every title reading as one."""
    if other_editions(sentence):
        return []
    for pattern in _NAMED_GROUPS + _NAMED_GROUPS_WON:
        groups: list[_Part] = []
        for match in pattern.finditer(sentence):
            amount = _amount_of(_NAMED_GROUP_AMOUNT.search(match.group("amount")))
            title = match.group("title").strip()
            if amount is None or not _TITLE_WORD.search(title) or _NOT_WINNING_GROUP.search(title):
                break
            if pattern in _NAMED_GROUPS_WON and _PLAN_WORD.search(sentence[match.start() : match.start("title")]):
                # 丙村等6个村将入选“示范村”: a group still to be named is no result.
                break
            if not groups and pattern in _NAMED_GROUPS_WON:
                # The verb is the group's own; a subject's share (我市甲等3个社区入选…) or a plan lists no results.
                clause = sentence[_clause_start(_without_quoted_names(sentence), match.start()) : match.start()]
                if _SUBJECT_SHARE.search(clause) or _planned(sentence, match.end()) \
                        or _FUTURE_AFTER.search(clause + match.group()):
                    break
            elif not groups:
                clause = sentence[_clause_start(_without_quoted_names(sentence), match.start()) : match.start()]
                verb = _GROUP_LEAD.search(clause)
                if verb is None or _planned(sentence, match.start()) or _SHORTLIST.search(clause[: verb.start()]):
                    break
            else:
                between = sentence[groups[-1][2][1] : match.start()]
                if not _NAMED_GROUP_NEXT.match(between) or _GROUP_LEAD.search(_without_quoted_names(between)):
                    break
            groups.append((title, amount.value, match.span()))
        if len(groups) >= 2:
            return groups
    return []


def _award_groups(sentence: str, other_editions: Callable[[str], bool]) -> list[_Part]:
    """The tiers of a sentence that counts the winners of each named award (分别有5个项目获得甲金奖、乙金奖 / 颁奖给15个
    甲奖获奖机关及15位乙奖获奖人员): (award, amount, span) each, two at least; none in a plan or a shortlist."""
    if other_editions(sentence):
        return []
    groups: list[_Part] = []
    for match in _EACH_AWARD.finditer(sentence):
        amount = _amount_of(_TIER_AMOUNT.search(match.group("amount")))
        if amount is None or _PLAN_WORD.search(sentence[_clause_start(sentence, match.start()) : match.start()]):
            return []
        for award in _AWARD_SEPARATOR.split(match.group("awards")):
            groups.append((award, amount.value, match.span()))
    for match in _AWARD_RECIPIENTS.finditer(sentence):
        for group in _RECIPIENT_GROUP.finditer(match.group("list")):
            amount = _amount_of(group)
            if amount is None:
                return []
            start = match.start("list") + group.start()
            groups.append((group.group("award"), amount.value, (start, match.start("list") + group.end())))
    if len(groups) < 2 or any(_SHORTLIST.search(name) or "组织奖" in name for name, _, _ in groups) \
            or _planned(sentence, groups[0][2][0]) or _FUTURE_AFTER.search(sentence[: groups[-1][2][1]]):
        return []
    return groups


def _designation_groups(sentence: str) -> list[_Part]:
    """The designations that follow one another from a selecting verb: (title, amount, span) each."""
    groups: list[_Part] = []
    for match in _DESIGNATION.finditer(sentence):
        amount = _amount_of(_TIER_AMOUNT.search(match.group("amount")))
        if amount is None:
            return []
        if not groups:
            # 甲村等50个村被评为示范村: the passive is the designation's own verb.
            kind, gap = _nearest_verb_before(sentence, match.start("amount"))
            if match.group("noun").endswith(_PASSIVE_DESIGNATIONS):
                kind, gap = "select", ""
            if kind != "select" or _is_shortlist(gap, "") or _planned(sentence, match.start()):
                return []
        elif not _NEXT_DESIGNATION.match(_without_quoted_names(sentence[groups[-1][2][1] : match.start()])):
            break
        title = (match.group("qtitle") or match.group("title")).strip("“”\"「」『』")
        groups.append((title, amount.value, match.span()))
    return groups


def _listed_groups(sentence: str) -> list[_Part]:
    """The groups listed right after a verb that produces results: (name, amount, span) each."""
    for lead in _GROUP_LEAD.finditer(sentence):
        before = sentence[_clause_start(sentence, lead.start()) : lead.start()]
        if _planned(sentence, lead.end()) or _FUTURE_AFTER.search(before + lead.group()) \
                or _SHORTLIST.search(before) or _PROVISIONAL_LIST.search(before):
            continue
        groups: list[_Part] = []
        separators: list[str] = []
        noun_ends: list[int] = []
        position = lead.end()
        while (match := _GROUP.match(sentence, position)) is not None:
            amount = _amount_of(_TIER_AMOUNT.search(match.group("amount")))
            if amount is None:
                break
            groups.append((match.group("noun"), amount.value, match.span()))
            separators.append(match.group("sep") or "")
            noun_ends.append(match.end("noun"))
            position = match.end()
        commas = [index for index, sep in enumerate(separators) if sep in ("，", ",")]
        if commas and not (len(separators) >= 2 and separators[-1] == ""
                           and separators[-2] not in ("", "，", ",")):
            # A list parted by commas closes with 和 / 、 before its last group (1名A，8名B和8名C); otherwise the
            # comma ends the list (评选出10个优秀案例，5个…), as a clause break does.
            last = commas[0]
            position = noun_ends[last]
            groups = groups[:last] + [(groups[last][0], groups[last][1], (groups[last][2][0], position))]
        if _LIST_CUT_SHORT.match(sentence, position) or (groups and _LIST_RUNS_ON.search(groups[-1][0])):
            # 开展推选100个A、100个B、100个C等…活动: the list runs into the name of an activity it describes.
            continue
        if len(groups) >= 2:
            return groups
    return []


def _entrants(sentence: str, other_editions: Callable[[str], bool]) -> _Amount | None:
    """The organisations a sentence says entered (近50所高校报名参赛, 收到…120余家单位的评选材料), or ``None``."""
    if other_editions(sentence) or (_OWN_SHARE.match(sentence) and not _RUNS_IT.search(sentence)) \
            or _CONTEST_GROUP.match(sentence):
        return None
    for pattern in (_ENTRANTS_ENTERING, _ENTRANTS_NOMINATED, _ENTRANTS_PUT_FORWARD, _ENTRANTS_POOL, _ENTRANTS_TALLIED):
        for match in pattern.finditer(sentence):
            if pattern is not _ENTRANTS_POOL and _LATER_ROUND.search(sentence[: match.end()]):
                continue
            if _counts_teams(match) and _SCHOOL_SUBJECT.match(sentence):
                continue
            if pattern is _ENTRANTS_ENTERING and _QUALIFIED.search(match.group()):
                # 8个小区获得最终参评权 / 取得参赛资格: those who qualified for a later round, not the entrants.
                continue
            if _OWN_PLACE.search(sentence[_clause_start(sentence, match.start()) : match.start()]):
                # 我市8个社区参评…: the story's own place's entrants, a share of a wider competition's.
                continue
            if match.group().endswith(("参加", "参与")) and not _CONTEST_NAMED_AFTER.match(sentence, match.end()) and (
                    not _CONTEST_BEFORE.search(sentence[: match.start()]) or _MEETING.search(sentence[: match.end()])):
                continue
            return _amount_of(match)
    for match in _ENTRANTS_ATTRACTED.finditer(sentence):
        who = match.group("who")
        counted = list(_ORG_AMOUNT_RE.finditer(who))
        if counted and "的" not in who[counted[-1].end() :] \
                and not _KINDS_LISTED_BEFORE.search(who[: counted[-1].start()]):
            return _amount_of(counted[-1])
    for match in _ENTRANTS_SENDING.finditer(sentence):
        kind, _ = _nearest_verb_before(sentence, match.start())
        if kind == "entry":
            return _amount_of(match)
    return None


def _people(sentence: str, patterns: tuple[re.Pattern[str], ...],
            other_editions: Callable[[str], bool]) -> _Amount | None:
    """The persons a sentence says were nominated or honoured (收集到50名推荐人选, 11名市民荣获“…”称号), or ``None``.

    A shortlist (20人进入投票环节), a plan, a place's or a body's own share (我区3人获…, 湖南有5人…) counts none."""
    if other_editions(sentence) or (_OWN_SHARE.match(sentence) and not _RUNS_IT.search(sentence)):
        return None
    for pattern in patterns:
        for match in pattern.finditer(sentence):
            start = match.start("num")
            before = sentence[_clause_start(sentence, start) : start]
            if _SHORTLIST.search(before) or _SHORTLIST.search(match.group()) or _SUBJECT_SHARE.search(before) \
                    or _SHARE_BEFORE.search(before) or _planned(sentence, start) \
                    or _FUTURE_AFTER.search(before + match.group()):
                continue
            return _amount_of(match)
    return None


def _groups_ending(phrase: str, offset: int) -> list[_Part]:
    """The groups a phrase ends with (…的23个先进集体和10位先进个人): (noun, amount, span in the sentence) each, the
    last one closing the phrase, the others joined to it by 和 / 、; ``[]`` when the phrase does not end so."""
    amounts = list(_NAMED_GROUP_AMOUNT.finditer(phrase))
    groups: list[_Part] = []
    end = len(phrase)
    for index in range(len(amounts) - 1, -1, -1):
        match = amounts[index]
        rest = phrase[match.end() : end]
        amount = _amount_of(match)
        if not groups:
            # 对10名“金牌X”进行表彰: the group may be named by its quoted title.
            bare = _QUOTED_GROUP_NOUN.sub(r"\g<noun>", rest.strip())
            noun = bare if _GROUP_NOUN.match(bare) and "的" not in bare else None
        else:
            joined = _GROUP_JOIN.match(rest)
            noun = joined.group("noun") if joined and "的" not in joined.group("noun") else None
        if noun is None or amount is None:
            break
        groups.insert(0, (noun.strip(), amount.value, (offset + match.start(), offset + match.end() + len(noun))))
        end = match.start()
        if index and _GROUP_JOIN.match(phrase[amounts[index - 1].end() : end]) is None:
            break
    return groups


def _honoured(sentence: str, other_editions: Callable[[str], bool]) -> list[_Part]:
    """The groups a sentence says were honoured (对…的23个先进集体和10位先进个人进行表彰), or ``[]``.

    Not a part or one tier of the winners (对获得一等奖的5个项目, 对其中…), a subject's own share (对我市3个单位), a
    shortlist or a plan (将对…进行表彰)."""
    if other_editions(sentence):
        return []
    for match in _HONOURED.finditer(sentence):
        who = match.group("who")
        if _PART_OF_WINNERS.search(who) or _OWN_PLACE.search(who) or _SHORTLIST.search(who) \
                or _planned(sentence, match.end()) \
                or _PLAN_WORD.search(sentence[max(0, match.start() - 4) : match.start()]):
            continue
        groups = _groups_ending(who, match.start("who"))
        if groups:
            return groups
    for match in _HONOURED_TOTAL.finditer(sentence):
        if _OWN_PLACE.search(sentence[: match.start()]) or _planned(sentence, match.end()):
            continue
        groups = _groups_ending(match.group("who"), match.start("who"))
        # The whole list, from the verb on, and at least three groups: a list of two may name a part of a total.
        if len(groups) >= 3 and groups[0][2][0] == match.start("who"):
            return groups
    return []


def _reviewed(sentence: str, other_editions: Callable[[str], bool]) -> _Amount | None:
    """The cases a sentence says were judged (对…的4个微公益项目开展项目评审), or ``None``: the entries, unless they are
    a shortlist or a later round's (对进入决赛的10个项目进行评审)."""
    if other_editions(sentence):
        return None
    for match in _REVIEWED.finditer(sentence):
        who = match.group("who")
        if _SHORTLIST.search(who) or _LATER_ROUND.search(sentence[: match.end()]) or _OWN_PLACE.search(who):
            continue
        groups = _groups_ending(who, match.start("who"))
        if len(groups) == 1 and _CASE_NOUN.search(groups[0][0]) and sentence[groups[0][2][1] - 1] != "人":
            amount = _AMOUNT.match(sentence, groups[0][2][0])
            if amount is not None:
                return _amount_of(amount)
        if len(groups) >= 2 and _PUT_FORWARD_BEFORE.search(sentence[: groups[0][2][0]]) \
                and not any(name.endswith("人") for name, _, _ in groups):
            return _Amount(sum(value for _, value, _ in groups), None, groups[0][2][0], groups[-1][2][1])
    return None


def _counts_teams(match: re.Match[str]) -> bool:
    """Whether a count of organisations counts teams (12支队伍, 5个团队), which a school enters several of."""
    return match.group("unit") == "支" or "队伍" in match.group() or "团队" in match.group()


def _winning_units(sentence: str, other_editions: Callable[[str], bool]) -> _Amount | None:
    """The organisations a sentence says won (选出26个得奖单位, 12个单位获得三类奖项), or ``None``."""
    if other_editions(sentence):
        return None
    for pattern in _WINNING_UNITS:
        for match in pattern.finditer(sentence):
            award = match.groupdict().get("award") or ""
            before = sentence[_clause_start(sentence, match.start()) : match.start()]
            teams = _counts_teams(match)
            if "组织奖" in award or _SHORTLIST.search(award) or _SHORTLIST.search(before) \
                    or _SUBJECT_SHARE.search(before) or (teams and _SCHOOL_SUBJECT.match(sentence)) \
                    or _part_after_divider(sentence, match.start()) \
                    or _FUTURE.search(sentence[: match.end()]) or _FUTURE_AFTER.search(before + match.group()):
                continue
            return _amount_of(match)
    for match in _TITLED_UNITS.finditer(sentence):
        if match.group("noun").endswith(match.group("title")) and not _FUTURE.search(sentence[: match.end()]):
            return _amount_of(match)
    if (listed := _HONOURED_BY_CATEGORY.search(sentence)) is not None and not _planned(sentence, listed.start()):
        values = [to_int(item.group("num")) for item in _ITEM.finditer(listed.group("list"))]
        if all(values):
            return _Amount(sum(v for v in values if v), None, listed.start("list"), listed.end("list"))
    return None


def _placings(sentence: str, other_editions: Callable[[str], bool]) -> dict[str, int]:
    """The places a sentence awards one by one (甲项目获得第一名，乙、丙项目获得第二名，…): ``{第一名: 1, 第二名: 2…}``
    when each clause gives one place to the winners it names (one, or several parted by 、) and the places run
    第一名, 第二名… without a gap or a repeat; ``{}`` otherwise (one place alone may be a story's own winner; a repeated
    place, several groups, a tie, or winners joined by 和 that may be one name)."""
    if other_editions(sentence) or _planned(sentence, len(sentence)):
        return {}
    ranks: list[int] = []
    places: dict[str, int] = {}
    for clause in _CLAUSE_BREAK.split(_without_quoted_names(sentence)):
        found = list(_PLACING.finditer(clause))
        if len(found) > 1 or "并列" in clause:
            return {}
        if found:
            winners = clause[: found[0].start()]
            if re.search(r"[和及与]", winners):
                return {}
            ranks.append(to_int(found[0].group(1)) or 0)
            places[f"第{found[0].group(1)}名"] = winners.count("、") + 1
    if len(ranks) < 2 or ranks != list(range(1, len(ranks) + 1)):
        return {}
    return places


def _units_honoured(sentence: str, other_editions: Callable[[str], bool]) -> _Amount | None:
    """The bodies a sentence says were honoured, counted right after the verb (表扬全国40个社区), or ``None``; not a
    plan, a shortlist, a pool (表彰了10个单位中的…), a subject's own share, nor anything but places and bodies (cases
    honoured are read as cases)."""
    if other_editions(sentence):
        return None
    for match in _HONOURED_UNITS.finditer(sentence):
        before = sentence[_clause_start(sentence, match.start()) : match.start()]
        after = sentence[match.end() :]
        clause_after = _CLAUSE_BREAK.split(after, maxsplit=1)[0]
        # 表彰了8个优秀组织单位和9个先进集体: units that organised the entries win nothing, and one group of a list
        # is not the total.
        if _planned(sentence, match.end()) or _FUTURE_AFTER.search(before + match.group()) \
                or _SUBJECT_SHARE.search(before) or _HONOURED_POOL_AFTER.match(clause_after) \
                or not _PLACE_AFTER.match(clause_after) \
                or _is_shortlist("", after) or after.startswith(("%", "％")) \
                or _NOT_WINNING_GROUP.search(clause_after[:12]) or _LISTED_AMOUNT_AFTER.match(clause_after):
            continue
        return _amount_of(match)
    return None


def _amounts(sentence: str, skip: list[tuple[int, int]]) -> list[_Amount]:
    amounts = []
    for match in _AMOUNT.finditer(sentence):
        amount = _amount_of(match)
        if amount is None or any(_overlaps((amount.start, amount.end), span) for span in skip):
            continue
        if _part_of_a_name(sentence, amount):
            continue
        amounts.append(amount)
    return amounts


def _part_of_a_name(sentence: str, amount: _Amount) -> bool:
    """Whether an amount is a word of a quoted name, not a count: “五个一”工作法, “两个十件”民生清单. (A slogan's
    unit is often followed by another numeral, but so is a tier's, 3个一等奖: only the quotes tell.)"""
    before = sentence[_clause_start(sentence, amount.start) : amount.start]
    opened = max(before.rfind(q) for q in "“「『")
    if opened < 0 or opened < max(before.rfind(q) for q in "”」』"):
        return False
    # The quote must close in the same clause, with no new one opening first; a quoted count of cases
    # (发布“100个优秀案例”) is still a count.
    closing = _QUOTE_CLOSE_AHEAD.match(sentence, amount.end)
    return closing is not None and not _CASE_NOUN.search(closing.group())


def _amount_of(match: re.Match[str] | None) -> _Amount | None:
    if match is None:
        return None
    number = match.group("num")
    if len(number) == 2 and not re.search(r"[\d十百千万亿拾佰仟萬億〇○零]", number):
        # 唯一一个 / 一一亮相 / 三四个: two digits run together with no 十 or 百 are a word or a guess, not a count
        # (二○○件, digit by digit with its zeros, is 200).
        return None
    if number[0] in "十百千万":  # 近千件, 十余个: the leading 一 is left out in writing
        number = "一" + number
    if number.endswith("万") and number[0].isdigit():
        value: int | None = round(float(number[:-1]) * 10000)
    else:
        value = to_int(number)
    if not value:
        return None
    qualifiers = [q for q in (match.group("qb"), match.group("qa"), match.group("qt")) if q]
    return _Amount(value, "".join(qualifiers) or None, match.start(), match.end())


def _kind_of(sentence: str, amount: _Amount, other_editions: Callable[[str], bool]) -> str | None:
    """``"entry"``, ``"select"`` or ``None``: what the amount counts, read from the words around it."""
    after = sentence[amount.end :]
    clause_after = _CLAUSE_BREAK.split(after, maxsplit=1)[0]
    # 发布152个“……典型案例”: a quoted name right after the unit is what is counted, whatever place it starts with.
    quoted = _QUOTED_AFTER.match(after)
    designated = _designated(sentence, amount, clause_after)
    if after.startswith(("%", "％")) or (not (quoted or designated) and _counts_places(clause_after)):
        return None
    # 条 counts ideas only when it says so (收到“金点子”800余条), not articles, measures or messages (第十条, 10条措施).
    if sentence[amount.end - 1] == "条" and not _IDEAS.search(sentence[max(0, amount.start - 12) : amount.start]
                                                             + clause_after[:12]):
        return None
    # 获评全国10个优秀工作法之一: a list the subject is one of, not this announcement's count.
    if _ONE_OF.match(clause_after):
        return None
    # 产生了两个单项奖名单: lists of an award's winners, counted as lists (共16个获奖名单 still counts winners).
    if _AWARD_LISTS_AFTER.match(clause_after):
        return None
    # Only the clauses up to the amount's own: a later 较上届增长33% does not make this edition's count a comparison.
    if other_editions(sentence[: amount.end] + clause_after):
        return None
    if _CHANGE_BEFORE.search(sentence[_clause_start(sentence, amount.start) : amount.start]):
        return None
    if _LIMIT_BEFORE.search(sentence[_clause_start(sentence, amount.start) : amount.start]):
        return None
    if _OWN_SHARE.match(sentence) and not _RUNS_IT.search(sentence):
        return None
    if _CONTEST_GROUP.match(sentence):
        return None
    # 入围的16个参赛项目: those taking part here are a shortlist's, not the entries (nor the winners).
    if re.search(r"(?:入围|晋级|进入决赛)的\s*$", sentence[_clause_start(sentence, amount.start) : amount.start]):
        return None
    # 收到21个地级以上市报送的申报项目312项: the case noun belongs to the amount written right after it; so it does in
    # 共36个团队63份项目书, where the first amount counts those who sent them.
    senders = _SENDERS_THEN_AMOUNT.match(clause_after)
    if _NOUN_THEN_AMOUNT.search(clause_after) or (senders and not _CASE_NOUN.search(senders.group("senders"))):
        return None
    # 从117个申报项目中 / 在近两百件创新专案中脱颖而出: the pool the winners came from is the entries.
    if _POOL_BEFORE.search(sentence[_clause_start(sentence, amount.start) : amount.start]):
        pool = _POOL_AFTER.match(clause_after)
        if pool and _CASE_NOUN.search(pool.group()) and _DRAWN_FROM.match(after[pool.end() :]):
            # 决赛现场从45个项目中评选出…: the pool of a final is its finalists, not the entries; 评审会将从28个项目中
            # 评选出…: the pool of a selection still to come is those still in the running, a shortlist as often.
            planned = _FUTURE.search(sentence)
            if _LATER_ROUND.search(sentence[: amount.start]) or (planned and planned.start() < amount.start):
                return None
            if _CHOSEN_POOL.search(pool.group()):
                # 从100个优秀案例中择优选出20个: a pool already graded (优秀, 入围, 获奖) is an earlier round's pick.
                return None
            if _INTO_LATER_ROUND.match(after[pool.end() :]):
                return "pool"
            return "entry"
    kind, gap = _nearest_verb_before(sentence, amount.start)
    if kind is None and designated and ("同意" in sentence[_clause_start(sentence, amount.start) : amount.start]
                                        or _designated_after_amount(sentence, amount, clause_after)):
        # 同意甲区等100个单位为…示范县: the approval is the selection, though 同意 alone selects nothing; so is the
        # verb after the units (将51个单位确认为…).
        kind, gap = "select", ""
    entered_from = _ENTRY_FROM_BEFORE.search(sentence[: amount.start])
    if entered_from and _VERB_BEFORE.search(entered_from.group(), 2):
        # 收到来自各地的申报，评审后选出其中突出的…: a verb inside the phrase takes the amount from the first.
        entered_from = None
    if kind is None and (entered_from or (
            _PROPOSED_BEFORE.search(sentence[_clause_start(sentence, amount.start) : amount.start])
            and _TOOK_PART.search(sentence[: amount.start]))):
        kind, gap = "entry", ""
    if _ENTRY_TALLY_BEFORE.search(sentence[_clause_start(sentence, amount.start) : amount.start]):
        return "entry"
    if kind is None and _RECEIVED_TOTAL_BEFORE.search(sentence[_clause_start(sentence, amount.start) : amount.start]):
        # 共收到有意愿…的各类社会组织、高校代表共36个团队63份项目书: the total received, its senders described.
        kind, gap = "entry", ""
    if kind is None and (batch := _BATCH_TOTAL_BEFORE.search(sentence[_clause_start(sentence, amount.start) :
                                                                         amount.start])) \
            and not re.search(_ENTRY_BEFORE, batch.group("noun")) and not _planned(sentence, amount.start):
        return "select"
    if kind == "entry" and re.match(r"^\s*[，,]", gap) and _LATER_STEP_AFTER.match(clause_after):
        return None
    if kind is None:
        if (entering := _ENTRY_AFTER.match(after) or _ENTRY_AFTER_WHERE.match(after)) is not None:
            if after[entering.end() : entering.end() + 1] == "的" and entering.group("who").strip() \
                    and not _CASE_NOUN.search(entering.group("who")):
                # 11个表演团队结合申报的项目: the verb describes the cases after it; the amount counts the teams.
                return None
            if _LATER_ROUND.search(sentence[: amount.start]):
                # 总决赛…，共有30个项目同台角逐: those competing in a final are the finalists, not the entries.
                return None
            kind, gap = "entry", ""
        elif (won := _SELECT_AFTER.match(after)) and not _FUTURE_AFTER.search(clause_after) \
                and not _VERB_OF_NEXT.match(after, won.end()) \
                and not _PLANNED_WINNERS.search(sentence[_clause_start(sentence, amount.start) : amount.start]) \
                and not _ENUMERATED_BEFORE.search(sentence[_clause_start(sentence, amount.start) : amount.start]):
            # 30个案例名单将于年底揭晓 is a plan; 甲处、乙所与丙院三项方案获奖 counts the subject's own winners.
            if _OWN_PLACE.search(sentence[_clause_start(sentence, amount.start) : amount.start]) \
                    and _WON_AFTER.search(won.group()):
                # 我省共有23篇论文获奖: the story's own place's winners in a wider competition, a share of them.
                return None
            if _WON_AFTER.search(won.group()) and _larger_number(after[won.end() :].split("，")[0].split(",")[0],
                                                                 amount.value):
                # 两个工作法入选全国100个优秀工作法: those that entered a larger list are a share of its winners.
                return None
            kind, gap = "select", ""
        else:
            return None
    elif kind == "entry" and gap.strip() == "的" and _SELECT_AFTER.match(after) \
            and not _FUTURE_AFTER.search(clause_after):
        # 各单位推荐的100个案例入选: the entry verb only describes the cases; the verb after says what became of them.
        kind, gap = "select", ""
    if kind == "select" and (_is_shortlist(gap, after) or _planned(sentence, amount.start)):
        return None
    if kind == "select" and _OWN_PLACE.search(sentence[_clause_start(sentence, amount.start) : amount.start]) \
            and _WON_BEFORE.search(sentence[max(0, amount.start - len(gap) - 2) : amount.start - len(gap)]):
        # 我市甲、乙等3个案例入选…: the story's own place's winners again, the verb before the list.
        return None
    if kind == "entry" and _one_of_a_list(sentence, amount, clause_after):
        return None
    if kind == "entry" and _part_after_divider(sentence, amount.start):
        # 共有25个项目进入决赛，其中…，5个项目角逐特别奖: a part of a total just counted, not the entries.
        return None
    # The counted noun sits between verb and amount (申报案例逾330件) or soon after the unit (收到40余个案例的申报).
    reach = 12 if kind == "entry" else 30
    if quoted:
        reach = max(reach, quoted.end())
    # 40份2016-2017年度人民调解卷宗: a year (or span of years) right after the unit dates the cases; not counted in
    # the reach.
    year = _YEAR_AFTER_UNIT.match(clause_after)
    if year:
        reach += year.end()
    if _CASE_NOUN.search(gap) or _CASE_NOUN.search(clause_after[:reach]):
        return kind
    # 共收到案例申报278项: the noun just before an entry verb that the amount follows at once.
    if kind == "entry" and not gap.strip() and _NOUN_THEN_ENTRY_VERB.search(sentence[: amount.start]):
        return kind
    # 最终评出创新奖15项: winners counted by the award they won.
    if kind == "select" and re.search(r"奖(?:项目|项)?$", gap.strip().strip("“”\"「」『』")):
        return kind
    # 命名A等100个派出所为“……”: a designation names its winners whatever they are; unless an earlier group shares it
    # (认定A等11个乡镇、B等68个村为…): the amount is one part of the winners, and their total is not printed.
    if kind == "select" and designated:
        return None if _SHARED_DESIGNATION.search(sentence[_clause_start(sentence, amount.start) : amount.start]) \
            else kind
    # 8项改革举措从125个候选者中脱颖而出: what came out on top of a pool is the winners, whatever the noun.
    if kind == "select" and _POOL_PHRASE.search(clause_after):
        return kind
    # 共有18项服务获奖: a total of items (项/件 count entries, never places or people) said to have won at once.
    if kind == "select" and sentence[amount.end - 1] in "项件" and _TOTAL_ITEMS_WON.match(after) \
            and _TOTAL_WORD_BEFORE.search(sentence[: amount.start]):
        return kind
    # 共有来自全国134件团队或个人参赛: a total of items (项/件) said to enter at once, whoever put them in.
    if kind == "entry" and not gap.strip() and sentence[amount.end - 1] in "项件" \
            and _TOTAL_FROM_BEFORE.search(sentence[: amount.start]):
        return kind
    # 已完成年度好提案的评选，共评选出60件 / 包括A案例17个…，共49个入选: a total closing its clause with no noun of its
    # own counts what the sentence has already named, when that is cases.
    if kind == "select" and sentence[amount.end - 1] in "件项个篇例" and _BARE_WIN_AFTER.fullmatch(clause_after) \
            and _CLOSING_TOTAL_BEFORE.search(sentence[_clause_start(sentence, amount.start) : amount.start]) \
            and _CASE_NOUN.search(sentence[: _clause_start(sentence, amount.start)]):
        return kind
    # 共16个获奖名单公布: a total whose unit is followed at once by 获奖 (no noun that could be places between).
    if kind == "select" and after.startswith("获奖") and _TOTAL_WORD_BEFORE.search(sentence[: amount.start]):
        return kind
    return None


def _listed_entries(sentence: str, other_editions: Callable[[str], bool]) -> _Amount | None:
    """The sum of entries of several kinds received in one list (收到45个人物和98个项目报名), or ``None``.

    Each amount counts in 个/件/项…, none counts places, one at least counts cases; the qualifier is kept only when all
    the amounts share it (300余个A和50余个B: 350余)."""
    match = _LISTED_ENTRIES.search(sentence)
    if match is None or other_editions(sentence):
        return None
    listed = match.group("list")
    amounts = [_amount_of(m) for m in _AMOUNT.finditer(listed)]
    # 45个公益人物: a person entered as a profile (人物) is an entry, unlike a headcount of 人.
    if any(a is None or (_counts_places(listed[a.end :]) and not _PROFILE_AFTER.match(listed[a.end :]))
           for a in amounts) or not _CASE_NOUN.search(listed):
        return None
    qualifiers = {a.qualifier for a in amounts if a}
    if len(qualifiers) > 1:
        return None
    total = sum(a.value for a in amounts if a)
    return _Amount(total, qualifiers.pop(), match.start("list"), match.end("list"))


def _one_category(sentence: str, amount: _Amount) -> bool:
    """Whether a selected amount counts one category of the winners (遴选出综合类案例47个 / 评出12个城市类项目): a
    category has others beside it, so its count is not the total."""
    before = sentence[_clause_start(sentence, amount.start) : amount.start]
    after = _CLAUSE_BREAK.split(sentence[amount.end :], maxsplit=1)[0]
    return bool(_CATEGORY_BEFORE.search(before) or _CATEGORY_AFTER.match(after))


def _larger_number(text: str, value: int) -> bool:
    """Whether ``text`` prints a number (in digits, or an amount with its unit) larger than ``value``; years,
    ordinals and dates (2023年, 第10届, 12月, a year opening a name) are no counts."""
    numbers = [int(digits) for digits in re.findall(r"(?<![第\d.])\d+(?![\d.年届批期月日号%％])", text)
               if not re.fullmatch(r"(?:19|20)\d\d", digits)]  # “2022山东…案例”: a year in a name
    numbers += [a.value for a in (_amount_of(m) for m in _AMOUNT.finditer(text)) if a]
    return any(number > value for number in numbers)


def _part_after_divider(sentence: str, position: int) -> bool:
    """Whether ``position`` lies after a 其中 that divides an amount counted before it in the sentence."""
    divider = sentence.rfind("其中", 0, position)
    return divider >= 0 and bool(_AMOUNT.search(sentence, 0, divider))


def _one_of_a_list(sentence: str, amount: _Amount, clause_after: str) -> bool:
    """Whether an amount entered is one of several listed with theirs (收到30名个人的事迹、40个项目以及50部短片 /
    推荐了8个候选地区和14个候选项目): each counts one kind of entry and the text prints no total, so none is read."""
    before = sentence[_clause_start(sentence, amount.start) : amount.start]
    return bool(_LISTED_AMOUNT_BEFORE.search(before) or _LISTED_AMOUNT_AFTER.match(clause_after))


def _designated(sentence: str, amount: _Amount, clause_after: str) -> bool:
    """Whether the amount counts the units a designation names: 命名A等30个司法所为“……”, 授予B等12个街道“……”称号,
    公布C等40个单位为…示范单位, or in the passive, 共有50个单位被命名为…示范单位.

    The title's quote must follow the counted noun with no other amount between (命名3个区的20个社区为… counts
    the communities, not the districts).
    """
    passive = _DESIGNATED_PASSIVE.match(clause_after)
    if passive is not None and (_TITLE_WORD.search(passive.group("title")) or (
            # 181个社区被命名为天津市第三批“美丽社区”: a name conferred is a title when quoted, unless the units
            # counted are a subject's own (我区14个社区被命名为…).
            _QUOTED_TITLE.search(passive.group("title"))
            and not _SUBJECT_SHARE.search(sentence[_clause_start(sentence, amount.start) : amount.start]))):
        return not _AMOUNT.search(passive.group("who"))
    before = sentence[_clause_start(sentence, amount.start) : amount.start]
    if _designated_after_amount(sentence, amount, clause_after):
        return True
    if not _DESIGNATING_VERB.search(before):
        if not _SELECTING_AS_VERB.search(before) or _planned(sentence, amount.start):
            return False
        match = _DESIGNATED.match(clause_after)
        return match is not None and "为" in match.group("who") and not _AMOUNT.search(match.group("who"))
    match = _DESIGNATED.match(clause_after)
    if match is None:
        match = _DESIGNATED_AS.match(clause_after)
        if match is None or not _TITLE_WORD.search(match.group("title")):
            return False
    return not _AMOUNT.search(match.group("who"))


def _designated_after_amount(sentence: str, amount: _Amount, clause_after: str) -> bool:
    """Whether the units counted are the object of a designation whose verb follows them: 将51个单位确认为…实验区,
    把20个村命名为“…”. 将 as a plan (将于…, 即将) opens no object."""
    before = sentence[_clause_start(sentence, amount.start) : amount.start]
    match = _DESIGNATED_AFTER_AMOUNT.match(clause_after)
    if match is None or not _DISPOSAL_BEFORE.search(before) or _AMOUNT.search(match.group("who")) \
            or _PLAN_AHEAD.search(sentence[: amount.start]):
        return False
    title = match.group("title")
    return bool(_TITLE_WORD.search(title) or _QUOTED_TITLE.search(title) or _TRIAL_ZONE.search(title))


def _is_shortlist(gap: str, after: str) -> bool:
    """Whether a counted group is a shortlist rather than the winners: 评选出三十个入围项目, 50个复审候选项目,
    选出30个项目进入终审, 60个案例脱颖而出，入围初选. 入围奖 is an award and stays a winners' tier."""
    clauses = _CLAUSE_BREAK.split(after, maxsplit=2)
    # 从125个候选者中脱颖而出: the candidates are the pool the group was drawn from, not the group.
    own = _POOL_PHRASE.sub("", clauses[0])
    following = clauses[1] if len(clauses) > 1 else ""
    return bool(_SHORTLIST.search(gap) or _SHORTLIST.search(own) or _SHORTLIST_NEXT.match(following))


def _planned(sentence: str, position: int) -> bool:
    """Whether the selecting verb before ``position`` is in the future: 最终将…评选出最佳案例10个 is a target."""
    return bool(_FUTURE.search(sentence[:position]))


def _counts_places(clause_after: str) -> bool:
    """Whether the words after an amount make it a count of places or organisations, not of cases.

    ``16个区、…参与申报`` and ``11个设区市的参赛项目`` count places; ``30个城市治理最佳实践案例`` counts cases.
    """
    if not _PLACE_AFTER.match(clause_after):
        return False
    noun = _CASE_NOUN.search(clause_after[:14])
    if noun is None:
        return True
    between = clause_after[: noun.start()]
    # 27个单位申请了47个项目: a case noun after another amount is that amount's; 从7个方面对参赛案例进行评判: a
    # preposition after the counted places opens a phrase of its own, the case noun is that phrase's.
    return "的" in between or bool(_AMOUNT.search(between)) or bool(_PREPOSITION_AFTER_PLACE.search(between))


def _clause_start(sentence: str, position: int) -> int:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, position)]
    return breaks[-1] if breaks else 0


def _without_quoted_names(text: str) -> str:
    """``text`` with each quoted name blanked out (same length), so its punctuation and verbs are not read."""
    return _QUOTED_NAME.sub(lambda match: " " * len(match.group()), text)


def _nearest_verb_before(sentence: str, position: int) -> tuple[str | None, str]:
    """The kind of the verb closest before ``position`` (within 24 characters, same clause) and the words between.

    One comma right after the verb is allowed, for ``正式发布，50件…案例``; a second verb in between
    (``申报在内容上具有三个特征``) means the amount belongs to that one. An amount right after 等 closes a list of
    names (公布了A、B、C等100个工作法): the verb before the list, anywhere in the clause, is the amount's.
    """
    listed = sentence[:position].rstrip().endswith("等")
    if listed:
        # The listed names are often quoted, with their own colons and verbs (遴选出“甲县：推动…”等46个案例).
        bare = _without_quoted_names(sentence[:position])
        start = max(_clause_start(bare, position), position - _LIST_REACH)
        window = bare[start:position]
    else:
        start = max(0, position - 24)
        window = sentence[start:position]
    verbs = list(_VERB_BEFORE.finditer(window))
    if listed:
        # 甲社报送的《…》、乙校报送的《…》等26个案例: an entry verb with 的 says who put each listed name forward, not
        # what the list counts; an earlier verb of the clause (收到…报送的…等100个案例) still does.
        verbs = [v for v in verbs if not (v.group("entry") and window[v.end() : v.end() + 1] == "的")]
    if not verbs:
        return None, ""
    verb = verbs[-1]
    # The words between as printed, quoted names included: their case nouns tell what the list counts.
    gap = sentence[start + verb.end() : position]
    if not listed and (_CLAUSE_BREAK.search(gap.lstrip("，,")) or _OTHER_VERB.search(_FROM_PHRASE.sub("", gap))):
        return None, ""
    if verb.group() == "推荐" and gap.startswith("出") and _POOL_JUST_BEFORE.search(sentence[: start + verb.start()]):
        return "select", gap[1:]
    if verb.group("pooled"):
        if _POOL_JUST_BEFORE.search(sentence[: start + verb.start()]):
            return "select", gap.removeprefix("出")
        return None, ""
    return ("entry" if verb.group("entry") else "select"), gap


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
