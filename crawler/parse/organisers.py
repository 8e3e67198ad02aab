"""Who guided, organised, hosted, co-organised and supported a competition, read from the ways announcements
say it, with names folded to canonical forms.

Sentences: ``在A、B指导下，由C、D和E联合组织开展``, ``由A指导，B主办，C承办``, ``A、B联合C、D连续六年组织开展``,
``F提供全程支持``, ``G协办``, ``H提供媒体支持``, ``以A、B为指导单位``; labelled lines: ``指导单位：A``,
``主办单位：B、C``; and a body opening a clause that launches a selection (``A于去年底启动…评选``, ``A面向…征集``):
its organiser, also when the names fill a clause of their own (``A联合B和C，组织开展…评选``); ``X榜是A、B推出的…``
credits a ranking to A and B; ``仪式在A举办`` names a venue, not an organiser. Founders (``于2000年由A、B联合创办``)
organise only when the text names no one who does now. A role heading on a line of its own (``二、大赛主办单位``)
lists its names on the lines below; ``A二十九日举行…颁奖典礼`` holds the competition's event. ``甲会办理第6届「…奖」``
and ``A等单位最近组织开展了…评选`` launch a selection too; ``本次征集由A、B于2024年7月启动`` credits it to A and B (the
time between names and verb is no part of a name); ``由A主管，B主办`` names A a guide (in a sentence about an event);
``由甲市与乙组织共同发起`` makes the city (a government named by its place, joined to another party) a party.
Not the competition's: the roles of a conference it was only mentioned at (``本届大会由A指导，B主办`` after a
大会 whose name speaks of no selection), what a body made that is no selection or event (``乙署举办的…展览``), and
``在A的指导下`` in a sentence about a body's everyday work, not an event, and ``由A主办的“…高峰论坛”`` when the forum's
name speaks of no selection (its awards were only given there). ``组委会`` alone is no name; a name keeps the 》 of a
title inside it (人民日报《民生周刊》); a name with a character lost in decoding (``__``, ``?``) is not read.
A role word ends a list of names (split on 、，和及与, 联合); a bare sub-unit after a full name inherits its
parent (上海交通大学中国城市治理研究院、国际与公共事务学院 -> 上海交通大学国际与公共事务学院), and a bare office after a
name that opens with its place shares that place (甲区网格办、社区办 -> 甲区社区办).

Every name must look like an organisation (end in 院, 局, 委员会, 中心, 社, 网, 频道, 银行, …, or be a media
outlet's own brand: 某城晚报邻里e家): a phrase that does not (为上海的城市数字化转型提供经验支持) is not a supporter.
A bare 市/区 before a name (市城市管理局) is no place for the list's other names to take, and 团市委 (the Youth
League's city committee) lends none either. A count after a list (``由A、B这15家组织共同发起``, ``A等部委``) is no
part of the last name; ``组织者为A和B`` names organisers as a labelled line does; the kind of help before a role
noun (``为媒体协办单位``) and of guidance (``在A的业务指导下``) may be said; a forum joined to the award ceremony
(``…论坛暨颁奖典礼``) is the competition's own event. A news site's dateline (``某某网讯``) opens no name, and a
passive's agent (``被A命名为…``) launches nothing.
A launcher may be written with its purpose (``A为激励…办理社区选拔``), its guidance
(``A在B等部委的指导下，联合C和D举办…``: C and D organise too) and another verb of its own (``由A策划、组织开展``);
``等国家部委司局`` after a name and ``和有关部门`` are unnamed others; ``主办方代表A副局长某某`` names A's role;
``此次会议由…主办`` gives the roles of the meeting the story said was held (a competition's launch meeting is its own
event); a bare ``省民政厅`` takes the one province the text writes it with; long bare offices after a place-led name
share the place (新区…、民政司法和社会保障局); a stray comma before 、 (a mirror's doubled punctuation) does not break
a list; a headed list may name a stage (决赛承办单位) and hold names with 的.
Hong Kong's 合办 and 策动 run one; ``对活动给予了协助支持`` and ``由A支持推出的「…奖」`` name supporters, and
``作为支持媒体`` too; a periodical's title alone in a list (``由《某某经济报道》联合乙主办``) is its outlet, and
``《某报》社`` is shown as ``某报社``; ``由A在B的指导下主办`` and ``是A在B指导下，…共同举办的`` make A the organiser;
a launcher may first ``发布通知``, ``成立…工作小组`` or have run it ``自…起每两年``, and ``召开…表彰大会`` holds the
awards; entries ``经…报送`` to a launcher were put forward by others; with no organiser named, the issuer of
``《A关于开展…评选的通知》`` is one. A body's short form after its full name (青年局 after 某市政府青年局) is that
body, unless the two are listed side by side.
Who runs a selection also shows by what it does (CONVENTIONS.md O1): it 遴选确定/评选出/认定 the winners, 设立 the
award, 组织了 the event, 印发/下发/出台 the notice or plan that sets it up, publishes a batch or a top ten of cases
(联合发布第四批…典型案例, 由A与B共同发布), confers the title the opening reports (被甲部评为“…”), is written directly
before the competition's quoted name (甲部「…选拔」, R5), or signs the release that speaks as it (本署). A quoted
name's words are its own (…我参与”征集 takes part in nothing; a comma inside it ends no clause); an aside giving a
fair's roles (``(展会由…主办)``), an event (某大会设立…) and a jury named by its procedure (经评审小组) run nothing. A
bare level takes the place the story keeps naming, often without its level (铜陵为…), or names once before an edition
(某市首届…); in a list it takes the innermost place of the name before (甲路街道办事处联合街道社工站,
中共乙市丙新区区委组织部、宣传部,区民政局), and a list a comma broke after 由 is read as one.
A launcher's verb may wait behind a clause of partners (A、B等五大市属媒体，携手C，共同举办…), follow a clause of its
own work (甲部大力推广…，向各地征集…), a quoted theme with a comma (以“…,…”为主题) or a means (通过…平台举办); it may
launch a campaign under the quoted name the text gives its selection (启动“某某行动”主题系列活动 before “某某行动”十佳
案例), confer a title by name in the opening (甲部授予200个组织“…”称号), settle or publish its list (确定了…名单,
公开发布“最美…”先进事迹), or stand before a year and the unquoted name (甲大学2020年…大赛, R5). The issuer of
《A关于…获奖情况的通报》 organises when no one else is named; a higher level's launch notice does not when the text's
round puts its choices forward to it. A case's own fields (案例名称／组织单位／推荐单位) name no organiser, and 承办的
《…》 or …案件 handles a case. A department named alone (民政厅, 司法局, 省厅) takes the one full name the text writes.
Labels a flattened page runs on with spaces (指导单位:甲局 乙办 主办单位:丙会) are read apart, and 协办单位包括:
lists too; 「某奖」为A与B合办 and 活动获A、B指导 open a list with 为 or 获; 赞助, ``透过其…计划支持的`` and
``乙支持的“…大会”`` name supporters; 联合办理 handles matters. A government's bureaus after its first
(某特区政府教育局、保安局) share it, a bare 自治区 office takes the story's one autonomous region, and a bare name
after a place-led one takes the place when the text writes it so elsewhere. A launcher may 再度携手, start in a month
(9月起) or launch while doing other work (在…的同时); a community named under its street (甲街道乙社区) is a body;
组织(UCLG) ends a name; one short brand among two or more organisations in a role's list (甲会、乙中心、公益某城承办)
is a name. ``由A组织评选`` makes A the organiser; ``A等九部委`` counts unnamed others; 团市委 takes no place from the
list; a website's footer (its sponsors above 版权所有) runs nothing; a heading's joint issuers may be spaced apart
(甲部 乙局关于…); ``A联合B召开新闻发布会，宣布启动…`` launches it; a notice may be addressed to named units before
各…; with no organiser named otherwise, ``在甲部「…选拔」中`` sets the story in 甲部's selection.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from crawler.parse.districts import (
    city_names,
    find_districts,
    province_names,
    province_of_city,
    province_of_district,
    urban_district_names,
    word_starts_at,
)

ROLES = ("guide", "organiser", "host", "co-organiser", "supporter")

# 本次征集由A、B于2024年7月启动 (only after 由, of a selection; see _clause_organisers).
_STARTED = r"(?:共同)?(?:正式)?(?:启动|开展)(?=的|$)"
_JOINTLY_PUBLISHED = r"(?:共同|联合)(?:发布|揭晓|公布)(?!会)"
# 由甲妇联和乙办联合评选的…家庭: the bodies that select (only after 由; not 评审, which juries do, R3)
# (由甲办组织评选: the body organises the selection, and 组织 is its verb, no word of its name)
_SELECTED_BY = r"(?:联合|共同)?(?:组织)?评选(?=的|出)|(?:联合|共同)?组织评选$"
# A role word and the role it gives the names before it. 指导 is not 指导作用 or 指导意见.
_VERBS: tuple[tuple[str, str], ...] = (
    # 在A的业务指导下: the kind of guidance may be said.
    # (在乙中心的指导培育下，形成了…品牌: the everyday fostering of groups, no competition's guide)
    # (由甲部参与指导: a guide that takes part)
    (r"(?:的)?(?:共同|参与)?(?:业务|具体|悉心|精心|专业)?指导(?:下)?(?!作用|意见|思想|员|中心|性|委员|小组|组|老师|单位|培育|帮助)",
     "guide"),
    # 由A主管，B主办: the supervising body oversees the event as a guide does (not 主管部门, 主管领导: nouns).
    (r"主管(?!部门|单位|机关|领导|局|理|人|者|的)", "guide"),
    # A、B为指导单位 / A作为主办单位: the role named as a noun after the names.
    (r"(?:为|是|作为|担任)(?:本次|此次|本届|活动|评选|大赛)*(?:的)?指导单位", "guide"),
    (r"(?:为|是|作为|担任)(?:本次|此次|本届|活动|评选|大赛)*(?:的)?(?:联合|共同)?主办(?:单位|方)", "organiser"),
    (r"(?:为|是|作为|担任)(?:本次|此次|本届|活动|评选|大赛)*(?:的)?承办(?:单位|方)", "host"),
    # …其中甲网、乙频道为媒体协办单位: what kind of help a co-organiser or supporter gives may stand before the role.
    (r"(?:为|是|作为|担任)(?:本次|此次|本届|活动|评选|大赛)*(?:的)?(?:媒体|学术|技术|战略|特别)?协办(?:单位|方)",
     "co-organiser"),
    (r"(?:为|是|作为|担任)(?:本次|此次|本届|活动|评选|大赛)*(?:的)?(?:媒体|学术|技术|战略|特别)?支持(?:单位|媒体)"
     # 《某报》作为支持媒体 (a partner outlet, 合作媒体, is a supporter too)
     r"|(?:为|是|作为|担任)(?:本次|此次|本届|活动|评选|大赛)*(?:的)?合作媒体", "supporter"),
    (r"(?:联合|共同)?主办(?!方|单位)", "organiser"),
    # 联合组织发起: 组织 belongs to the verb, not to the last name (…研究中心联合组织发起).
    (r"(?:联合|共同)?(?:组织开展|组织实施|(?:组织)?发起|(?:组织)?举办)(?!方|地|人|者)", "organiser"),
    # 合办 and 策动: how Hong Kong writes jointly running and initiating one (甲局与乙会合办第二届「…奖」)
    # (not 联合办理, handling a matter jointly: 共开展联合办理15次)
    (r"(?<!联)合办(?!方|单位|机构|理)|(?:共同)?策动(?=的)", "organiser"),
    # X是A、B推出的…: the names a selection or ranking list is credited to (only after 是/由; see _clause_organisers).
    (r"(?:联合|共同)?推出(?=的)", "organiser"),
    # 创办 says who founded the series; see _FOUNDED.
    (r"(?:联合|共同)?创办(?!方|地|人)", "founder"),
    # 由A组织，B承办: a bare 组织 ending its clause (not 组织专家评审, not a name ending in 组织 before 主办).
    (r"(?:联合|共同)?组织$", "organiser"),
    (r"联合开展", "organiser"),
    # 《…百佳案例》由A、B和C联合编制: the bodies that jointly compiled a book of the cases chose them
    (r"(?:联合|共同)(?:编制|编撰|编纂)(?!的?(?:规划|标准|方案|报告))", "organiser"),
    # 本次征集由A、B于2024年7月启动: a selection started by the names after 由 (only there; see _clause_organisers).
    (_STARTED, "organiser"),
    # 这十大案例由A与B、C在某地共同发布: the results jointly published by the names after 由 (only there)
    (_JOINTLY_PUBLISHED, "organiser"),
    (_SELECTED_BY, "organiser"),
    (r"(?:具体)?承办(?!方|单位)", "host"),
    (r"协办(?!方|单位)", "co-organiser"),
    # (由某中心提供主要资金与技术支持: what kinds of support, joined, may stand between)
    (r"提供(?:(?:主要|全部|部分)?(?:资金|经费|技术|学术|媒体|宣传|平台)[与和及、])?"
     r"(?:全程|学术|媒体|技术|特别|宣传|专业|智力|公益|数据|平台)?支持|(?:全程|学术|媒体|技术|特别|专业|智力)支持"
     r"|(?:的)?(?:大力|全力|鼎力|悉心)?支持下", "supporter"),
    # A、B主办，C支持: a bare 支持 ending its clause after the names (the names must still look like organisations).
    (r"(?<![的各大全鼎])支持$", "supporter"),
    # 由本会主办、甲基金会赞助的“…”: a sponsor backs it (not 赞助人, a patron, nor 赞助商/赞助费, nouns)
    (r"(?:联合|共同)?赞助(?!人|商|方|单位|费|金|款)", "supporter"),
    # 甲会透过其「某某」计划支持的年度…计划: the backing given by a means of its own
    (r"(?:透过|通过)其?[^，,。；;的]{1,24}?支持(?=的)", "supporter"),
    # 乙委区政府支持的“某某大会”: a backer named before the competition or event it backs
    (r"(?<![的各大全鼎])支持(?=的[“「《]?[^，,。；;]{0,40}?(?:大赛|评选|征集|奖|活动|大会|论坛|峰会|年会|典礼|案例))",
     "supporter"),
    # 甲企业对活动给予了大力支持 / 由甲基金支持推出的「…奖」: the help given, then its kind, or the thing it backed
    (r"对(?:本次|此次|本届)?(?:活动|评选|大赛|比赛|赛事|征集)给予了?(?:大力|鼎力|全力|热情|积极)?(?:协助)?支持"
     r"|支持(?=(?:推出|举办|开展)的)", "supporter"),
)
_BOOK_VERBS: tuple[tuple[str, str], ...] = ((r"(?:组织)?(?:编写|编著|主编)", "organiser"),)
_LABELLED = re.compile(
    r"(指导单位|主管单位|联合主办单位|联合主办|主办单位|承办单位|协办单位|支持单位|媒体支持(?:单位)?|学术支持(?:单位)?"
    # (…的协办单位包括：A、B: the list introduced)
    r"|发起单位|组织单位|主办|承办|协办|指导)(?:包括|有)?\s*[:：]\s*([^\n。]+)"
    # …in running text: 本次评选的指导单位为A，主办单位为B、C。 组织者为A和B (the organiser named as a person is).
    r"|(指导单位|主办单位|承办单位|协办单位|支持单位|主办方|承办方|组织者|主办者|发起者|组织方|发起方)(?:是|为)([^。；;\n]+?)(?=[，,。；;\n]|$)"
    # …and in apposition, the list closed by 等单位: 大赛主办方甲委、乙会等单位把舞台搬进广场.
    r"|(主办方|承办方|协办方|支持方)([^，,。；;\n是为:：]{2,60}?)(?=等(?:单位|部门|机构))")
# The fields of one listed case or project (its name, who recommended or entered it).
_CASE_FIELD = re.compile(r"\s*(?:(?:案例|项目|作品|成果|课题)(?:名称|题目)"
                         r"|(?:推荐|申报|报送|选送|参评|实施|申请)(?:单位|主体))\s*[:：]")
# A role as a section's heading: 二、大赛主办单位 / （三）承办单位： with nothing after it on its line.
_ROLE_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十\d]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])?\s*"
    # (四)决赛承办单位: the stage a body hosts may be said
    r"(?:本次|本届|此次|大赛|活动|评选|竞赛|比赛|征集|总?决赛|半决赛|初赛|复赛)*(?:的)?"
    # (三)协办高校: the kind of body the section lists may stand for 单位
    r"(指导单位|联合主办单位|主办单位|承办单位|协办单位|支持单位|主办方|承办方|协办方"
    # (承办部门: the sections of a host university that run it)
    r"|(?:指导|主办|承办|协办|支持)(?:高校|院校|机构|媒体|部门))"
    # (三)协办高校(按字母顺序排序): a note on the list's order
    r"\s*(?:[（(][^（）()]{1,12}[）)])?\s*[:：]?\s*$")
_NEXT_LABEL = re.compile(
    r"[；;。，,]\s*(?=(?:联合主办|指导|主管|主办|承办|协办|支持|媒体支持|学术支持|发起|组织)(?:单位)?\s*[:：])"
    # 指导单位:甲局 乙办 主办单位:丙会 — a page that flattened its lines leaves only a space before the next label
    r"|\s+(?=(?:联合主办|指导|主管|主办|承办|协办|支持|发起)单位\s*[:：])")
# 主办方代表甲局副局长某某致辞: the body a speaker stood for in a role (the role, 代表, the body, the speaker's title).
_REPRESENTING = re.compile(r"(主办方|主办单位|承办方|承办单位|协办方|协办单位|指导单位)代表[:：]?")
_TITLE = re.compile(r"(?:常务)?副?(?:局长|厅长|部长|主任|书记|理事长|会长|秘书长|院长|校长|总干事|负责人|领导|处长|科长"
                    r"|主席|社长|台长|董事长|总经理|总编辑|主编)")
_LABEL_ROLES = (("指导", "guide"), ("主管", "guide"), ("主办", "organiser"), ("发起", "organiser"),
                ("组织", "organiser"), ("承办", "host"), ("协办", "co-organiser"), ("支持", "supporter"))
# What an organisation's name ends with.
_ORG_END = re.compile(
    r"(?:院|(?<!高)校|大学|部|委|局|办|厅|(?<!社)会|社|网|台|报|(?<![运执进举发施推流旅履])行|中心|集团|公司|频道|办公室|政府|小组|处|所|站|馆|(?<!社会)组织|团|司"
    # 某某社会创新机构 (not 部署, a verb: 活动从部署启动)
    r"|客户端|杂志|传媒|栏目|工作室|平台|联盟|(?<!部)署|机构|工委|政法委|基金|总队|支队|分社|分行|街道|新闻|公众号|智库|室|队"
    # 第一财经, 某某财经: a financial news outlet's brand
    r"|财经"
    # 新华每日电讯 (a paper), 某某周刊; 政协…界别 (a sector of a political consultative body that runs its own events)
    r"|电讯|界别|周刊|月刊|旬刊"
    # 某城信息港: a city's web portal (not any port: 上海港 is a place as much as a body)
    r"|信息港"
    # 研究基地; 妇联, 社科联, 科协. (…组织, but not the sector word 社会组织: 省部共建社会组织与社会治理协同创新中心
    # is one name, and a body is never called just …社会组织.)
    r"|基地|联|协"
    # 公共政策学系, 政治学系 (not 体系, 关系, 联系)
    r"|(?<![体关联派])系"
    # 共青团中央, 团中央, 中共中央: a central committee (not 党中央 in 在党中央的领导下: 党 is no body's name)
    r"|(?:团|中共)中央)$")
# (关于组织开展…的通知: a notice's title, not a body)
_NOT_A_NAME_START = re.compile(r"^(?:为|对(?!外)|向|把|将|被|从|各|该|本|其|这|此|有关|相关|我|他|她|并|还|也|已|由"
                               r"|关于"
                               # 于某中心举行颁奖礼: where it was held (not 于都县, 于洪区, 于田县: places)
                               r"|于(?![都洪田])"
                               # 联合在全国组织开展…: where a body acts, not its name (not 在线…, a web body)
                               r"|在(?!线)"
                               # 现面向全校开展…: now, to the whole school (not 现代…, a name's word)
                               r"|现(?!代)"
                               # 主办方是布吉街道: the copula, not a name's word
                               r"|是"
                               # 全港各大校长会, 全市各社区: the many of a kind across a place, none named
                               r"|全[\u4e00-\u9fff]?各"
                               # (经评审小组评审: a procedure's 经, not 经济日报's nor 经开区's, a zone's short name)
                               # (not 21世纪…研究院: a name may open with its century)
                               r"|与|经(?![济贸管纬]|开区)|\d(?!\d?世纪)"
                               # 决定组织开展…: a decision's words before the verb, not a body ending in 组织 (对 is a
                               # preposition, but 对外 opens names: 对外经济贸易大学)
                               r"|打造|推动|推进|加强|提高|促进|发挥|进一步|不断|决定|研究决定|拟|计划|根据|按照"
                               # 通过其公众号举办…: the means, not a body (依托, 借助, 利用 too)
                               r"|通过|依托|借助|利用"
                               # 面向全省各界征集, 面向甲省全省…: the audience a call is open to, not a body
                               # (面向未来的…联盟 may be a name)
                               r"|面向[\u4e00-\u9fff]{0,6}?[全各])")
# A media outlet's own brand or column (某某晚报读者e站, 某某日报新花城): the outlet's name, then a short brand that is
# not a person's title, a reporter, a report or a date (某某台台长, 某某日报记者, 某某网讯, 某某报今年).
_OUTLET_BRAND = re.compile(
    r"^[\u4e00-\u9fff]{2,10}?(?:日报|晚报|时报|早报|商报|都市报|报业集团|杂志|电视台|网)"
    r"(?![\u4e00-\u9fffA-Za-z0-9+]{0,5}(?:记者|报道|消息|评论|讯|社论|编辑|特约|通讯员|长|党|委|书记|主任|主编|总编"
    r"|经理|董事|主持))"
    # 某某晚报·某某壹点: the brand may be joined to the outlet by a middle dot
    r"·?(?:(?![年月日的了等将在和与及为是])[\u4e00-\u9fffA-Za-z0-9+]){2,6}$")
# A time word inside is a clause's words, not a name (…计划昨日假某会展中心 before 举行); a name may open with one
# (今日头条).
_TIME_WORD = re.compile(r"[昨今明前当]日|[昨今明当]天|上午|下午|晚上|近日|日前|近期|最近")
# When the names did it, written between them and the verb (由A、B于2024年7月启动, 由A今年主办).
_TRAILING_TIME = re.compile(
    r"(?:[于在从自])?(?:[\d〇零一二三四五六七八九十]{2,4}年(?:[\d一二三四五六七八九十]{1,2}月)?(?:[\d一二三四五六七八九十]{1,3}日)?"
    r"|(?:[\d一二三四五六七八九十]{1,2}月)?[\d一二三四五六七八九十]{1,3}日|[\d一二三四五六七八九十]{1,2}月)"
    r"(?:[初底末中]|上旬|中旬|下旬|上半年|下半年)?$"
    r"|(?:近日|日前|近期|最近|今年|去年|年初|年底|年中)$")
# (发布甲办会同乙部开展的…结果: the verb whose object the clause is)
# (作为甲街道…: in its role as; 个甲市文明办: a count's classifier run into the name; 乙县被甲委员会授予…: the passive's
# subject, before the body that conferred it)
_LEAD = re.compile(r"^(?:并|和|以及|同时|此外|另外|其中|还|也|均|都|发布了?|公布了?|揭晓了?|作为"
                   r"|个(?=[\u4e00-\u9fff]{2,}[省市县区])|[^，,。；;被]{2,12}被(?=[\u4e00-\u9fff]{4}))+")
# A time word that opens the clause before its list of bodies (当日甲办、乙局联合举行…, 次日市民政局…) says when, not
# who: it is no word of the first name. (今日 is left: 今日头条 is a name.)
_LEADING_TIME = re.compile(r"^(?:当日|当天|次日|翌日|昨日|昨天|前日|前天|今天|上午|下午|晚上"
                           r"|近日|日前|近期|最近|目前|此前)(?=[\u4e00-\u9fff]{2,})")
# Where the bodies did it, written between the last name and the verb (甲会与乙基金会于某大学联合主办, 甲局在某馆举行):
# a venue, no word of the name.
_VENUE_TAIL = re.compile(r"(?:于|在(?!线))[^、，,；;。]{2,40}$")
# (等九部委: the count may go straight before the kind, with no 家 or 个)
_ADVERBS = re.compile(r"(?:等(?:[\d一二三四五六七八九十多几数]+[家个]?)?(?:单位|部门|部委|机构|组织|媒体)?"
                      # 在A等国家部委司局的指导下: the unnamed others after 等, said by their kind (not 高等, 中等:
                      # inside names)
                      r"|(?<![高中初同平对均])等(?:国家|中央|省|市|区|县|省级|市级|有关|相关|多个|多家|各)?"
                      # 等单位和企业: kinds joined by 和
                      r"(?:部委|司局|厅局|委办局|部门|单位|机构|高校|院校|媒体|企业)"
                      r"(?:[和及与]?(?:部委|司局|厅局|委办局|部门|单位|机构|高校|院校|媒体|企业))*"
                      r"|连续[\d一二三四五六七八九十]+年|共同|联合|携手|全程|特别"
                      r"|积极|具体|负责|正式|今年|每[两三四五]?年|每届|历年|的|已|决定|拟|将|计划|精心|隆重|倾力|成功|主要|再次|继续|接续"
                      # 甲中心大力支持: how much a supporter gave
                      r"|大力|全力|鼎力|热情|先后|分别|正在)+$")
# 由A、B、C这15家公益组织共同发起: a count of the names with what they are, after the last one (not part of it).
_APPOSITIVE = re.compile(r"(?:这|此|等)[\d一二三四五六七八九十多几数]+[家个][^、，,；;]{0,24}$")
# 由A策划、组织开展: another verb of the names, joined to the role word, is no part of the last name (the outlet brand
# rule would otherwise read 某某日报策划 as a column).
_JOINED_VERB = re.compile(r"(?:策划|牵头|倡议|筹划|主导|创意|统筹)(?:、|和|与|并|及)$")
# Bodies a list adds without naming them: 有关部门, 省直相关单位, 其他高校.
_UNNAMED_OTHERS = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:有关|相关|其他|其它|各|部分)[\u4e00-\u9fff]{0,6}?"
                             r"(?:部门|单位|机构|高校|院校|组织|企业|媒体)$")
# A word for any body, never one body's name (…联合组织发起 leaves 组织; 相关部门主办).
_GENERIC = re.compile(r"^(?:组织|单位|部门|机构|平台|团队|中心|小组|公司|集团|学校|大学|学院|媒体|网站|社会组织"
                      r"|主管部门|有关部门|相关部门|职能部门|政府|街道|社区|协会|学会|研究会|基金会|委员会|办公室"
                      # the committees a selection sets up, never named on their own (组委会在一年时间里征集了…)
                      r"|组委会|组织委员会|评委会|评审委员会|专家委员会|秘书处"
                      # an event's own short name (以下简称“赛会”), never a body's
                      r"|赛会|大会"
                      # 学术机构, 专业机构, 第三方评估机构: a kind of body (a named one is longer: 某某社会创新机构)
                      r"|[\u4e00-\u9fff]{2}机构|第三方[\u4e00-\u9fff]{0,2}机构"
                      # 认真组织开展…: an adverb and the verb, no body ending in 组织
                      r"|(?:认真|积极|精心|广泛|深入|大力|全面|扎实|持续|统筹|周密|有序|共同|联合|包括|重点)组织"
                      # 省组织开展: the province did it
                      r"|[省市区县]组织"
                      # 三所高校, 5家单位: bodies counted, not named
                      r"|[\d一二三四五六七八九十两多几数]+[所家个位][\u4e00-\u9fff]{0,4})$")
# Page furniture glued before a name: 【本报讯】, ▲ under a photo, a bullet.
_FURNITURE = re.compile(r"^(?:【[^】]{0,12}】|〔[^〕]{0,12}〕|[▲△■□●○◆◇★☆▶►▼•·※#*\-—=~\s])+")
# （以下简称“人大公管学院”）: a short name the text will use, not a second name to keep.
_SHORT_NAME_NOTE = re.compile(r"\s*[（(](?:以下)?(?:简称|下称|称)[^（）()]{0,20}[）)]")
# 联合 joins names (A联合B) but is also inside them (全国妇女联合会, 联合国).
# (联合总会, 联合大学, 联合早报: names too.)
# (协同 joins them too, 甲系协同乙杂志社, but not inside 协同创新中心.)
_LIST_SPLIT = re.compile(r"[、，,;；/]|以及|联合(?![会国体社党办总]|大学|早报)|携手|会同|委托"
                         r"|协同(?!创新|治理|发展|中心|办公|推进)")
# 同 joins names (A同B) but not inside 协同, 共同, 相同 (社会治理协同创新中心).
_INNER_SPLIT = re.compile(r"[和及与]|(?<![协共相认如赞不会])同")
# 由 and 在 open a list of names, but not inside words (自由贸易区, 理由, 所在, 现在).
# 得到了/获得 open the list of a support phrase (得到了A的学术支持).
# 「某某奖」为A与B合办: after a quoted name, 为 is its copula and opens the list as 是 does. 活动获A、B指导: 获 opens
# the list of the guidance or support received (not 获得, read above; nor 获奖, 获悉, 获评: what a winner or
# reporter got).
_ANCHOR = re.compile(r"(?<![自理缘])由(?!于)|(?<![所存现正实])在|得到了?|获得了?|(?<=[」”》])为"
                     r"|(?<![荣斩捕收俘查破])获(?![得奖悉评选颁授批准取])")
# 以A、B为指导单位: before a role written as a noun, 以 opens the list too (not 所以, 可以, 予以, 难以, 以及).
_ROLE_NOUN = re.compile(r"^(?:为|是|作为|担任)")
# X是A主办的: 是 opens the list that a role word closes (not 但是, 还是, 就是, 于是: those are no subject's; nor 求是, a
# word inside names: 求是《某刊》杂志社).
_SHI_ANCHOR = re.compile(r"(?<![但还就于总也更正不而要若凡只倒硬算像求])是")
_YI_ANCHOR = re.compile(r"(?<![所可予加难足用得])以(?![及上下来后前便免])")
# 《甲办关于组织开展…评选活动的通知》: a notice's issuers and what it launched.
# (以及甲办、乙厅《关于开展…的通知》: the issuers may stand before the title, after 根据/按照/以及…)
_NOTICE = re.compile(r"(?:《(?P<issuers>[^《》〈〉，,。]{2,60}?)"
                     r"|(?:根据|按照|依据|以及|和|及)(?P<outside>[^《》〈〉，,。；;]{2,60}?)《)"
                     r"关于(?:组织)?(?:开展|举办|启动)(?P<what>[^《》]{2,60}?)的通知》")
# 《甲部关于2021年某某研究获奖情况的通报》, 《乙厅关于表彰…的决定》: the document that gives a selection's results.
_RESULTS_NOTICE = re.compile(r"《(?P<issuers>[^《》〈〉，,。]{2,60}?)关于(?P<what>[^《》]{2,80}?"
                             r"(?:获奖情况|获奖名单|评选结果|评审结果|表彰|命名|认定|授予)[^《》]{0,60}?)"
                             r"的(?:通报|决定|通知|公告)》")
# 由A在B的指导下主办 / 是A在B指导下，…共同举办的: the names before the guidance, the verb after it.
_GUIDED_MAKER = re.compile(
    r"(?:(?<![自理缘])由(?!于)|(?<![但还就于总也更正不而要若凡只倒硬算像求])是)(?P<names>[^，,。；;在]{2,40}?)"
    r"在[^。；;]{1,60}?(?:指导|支持|领导)下[，,]?[^。；;]{0,40}?(?:共同|联合)?(?P<verb>主办|举办|承办|组织开展|发起)")
_ROLE_OF_VERB = {"承办": "host"}
# …的“某某”公益项目荣获一等奖 / 的活动喜获金奖: what the names made is an entry that won (no 中
# between: 主办的某大赛中乙获奖 sets the win inside their competition)
_ENTRY_WINS = re.compile(r"[^，,。；;中]{0,40}?(?:项目|活动|作品|案例|节目|课题|团队|服务)"
                         r"(?:也|均|还|分别|先后|一举)?(?:获得(?!者)|荣获|喜获|摘得|斩获|获评|入选|当选|获)"
                         r"(?=[^，,。；;]{0,12}?(?:奖|称号|名次|第[一二三\d]|优秀|最佳|典型|示范|案例))")
# What a body 承办的 when it handles a case, not an event: a case's title in book marks, 案件 (a legal matter).
_HANDLED_CASE = re.compile(r"《(?![^《》]*(?:大赛|比赛|竞赛|活动|论坛|晚会|评选|典礼))|[^，,。；;“”「」]{0,12}?案件")
# A news dateline opening the clause, its bracket left open by the page: 某时报/某通讯社13日讯) or 某网讯.
_DATELINE = re.compile(r"^[^，,。；;\n]{0,30}?(?:[网报台社]|[\d一二三四五六七八九十]{1,2}日)(?:讯|电)\s*[)）】〕]?\s*")
_CLAUSE_SPLIT = re.compile(r"[，,；;。！？!?\n]")
_QUOTES = " “”\"「」《》。."
# 《某某经济报道》, 《某某周末》: a periodical's title (not a document's, a book's or a competition's)
_TITLED_OUTLET = re.compile(r"《(?![^《》]*(?:通知|办法|意见|方案|规定|条例|决定|计划|纲要|报告|指南|标准|名单|案例"
                            r"|丛书|书|集|法|细则|章程|公告|通报|评选|大赛|奖|榜|规划|实践|研究|读本|选编|汇编)》)"
                            r"[^《》\s]{2,12}》")
# 某基金 (基金): a space may stand before the bracket
_PAREN_TAIL = re.compile(r"\s*[（(]([^（）()]{2,40})[）)]$")
# 某市委 is the Party's committee of 某市 (中共某市委); 团市委, 共青团某省委 are the Youth League's, no Party body, and
# 民建某省委 a democratic party's.
# (临沂团市委: a city's Youth League committee, written after its place, is no party committee either)
_PARTY_COMMITTEE = re.compile(r"^(?!共青团|团|民建|民盟|民进|民革|农工党|致公党|九三学社|台盟"
                              r"|[\u4e00-\u9fff]{1,4}团[省市区县]委)"
                              r"[\u4e00-\u9fff]{1,8}?(?:省|市|区|县|自治区|州|盟)委")
_SUFFIX_FOLDS = (("政法委", "政法委员会"), ("提案委", "提案委员会"), ("社会工委", "社会工作委员会"),
                 ("宣传部部", "宣传部"))
# A place opens a name (徐汇区…, 甲市…); a bare level (市城市管理局 is the city's 城市管理局) or a word that ends in a
# level character (城市, 社区, 园区) is none, nor is 团 before a level's committee (团市委 is the city's Youth League
# committee: its 市 is as bare as 市文明办's).
# 团甲省委 (the Youth League's committee of 甲省) is 甲省's: the 团 before its place is no part of the place.
# (中共市委宣传部: 中共 is the Party, never the place.)
_PLACE_PREFIX = re.compile(r"^(?:中共|(?:共青)?团(?=[\u4e00-\u9fff]{1,6}[省市区县]委$))?"
                           r"((?!中共)(?![省市区县])(?!团[省市区县]委)(?!城市|社区|小区|园区|校区|景区|辖区|片区|城区|郊区|山区|地区)"
                           r"[\u4e00-\u9fff]{1,6}?(省|市|区|县))(?!委员会$)")
# (省委 alone: the province's Party committee)
# (市场监管总局: 市 opening 市场 is no bare level)
_SHORT_PLACE = re.compile(r"^(?:中共)?(新区|省|市(?!场)|区|县)(?=[\u4e00-\u9fff]{2,}|委$)")
# A name in a list that opens with a bare level (街道社工站, 区民政局) after one that names a place of that level
# (甲路街道办事处, 中共乙市丙新区区委组织部) is that place's; the innermost place is taken (丙新区民政局).
# (经开区, 高新区: a development zone is written short after its city too: 甲市经开区工委办、经开区社区管理局)
_LEVEL_LED = re.compile(r"^(街道|新区|经开区|高新区|开发区|区|县|市)(?=[\u4e00-\u9fff]{2,})")
_INNER_PLACE = re.compile(r"^(?:中共)?((?:(?![社园校小城景辖片])[\u4e00-\u9fff]){2,4}?(?:街道|新区|区|县|市))")
_CITY_THEN_DISTRICT = re.compile(r"^(?:中共)?([\u4e00-\u9fff]{2,3}市)([\u4e00-\u9fff]{2,4}?(?:新区|区|县))")
# 中共甲区区委组织部、宣传部: a Party department after another of the same committee.
_PARTY_PARENT = re.compile(r"^((?:中共)?[\u4e00-\u9fff]{2,12}?[省市区县]委)(?=[\u4e00-\u9fff]{2,6}部$)")
# 香港特区政府教育局: a government's bureau, whose government the bare bureaus listed after it share.
_GOVERNMENT_PARENT = re.compile(r"^([\u4e00-\u9fff]{2,10}?(?:人民)?政府)(?=[\u4e00-\u9fff]{2,}[局署处办委厅部]$)")
_PARTY_DEPARTMENT = re.compile(r"^(?:组织|宣传|统战|统一战线工作|社会工作)部$")
# (甲大学研究生院、教务处: a university's graduate school and its offices are the same university's)
_BARE_SUBUNIT = re.compile(r"(?:学院|研究院|研究所|研究中心|系|实验室|出版社|图书馆|研究生院|教务处|科研处|学生处"
                           r"|团委|校团委)$")
_PARENT = re.compile(r"^(.*?(?:大学|学院|科学院|社会科学院))(?=.)")
# A list that names a local government's offices writes the place once: 甲区网格办、社区办、小区办 are all 甲区's.
# The place opens the first name (not 社区, 城市, 校区: words, not places); a follower shares it when it is a bare
# office (two to four characters, no place of its own).
_LIST_PLACE = re.compile(r"^((?:[\u4e00-\u9fff]{2,3}[省市])?(?:(?![社园校小城景辖片])[\u4e00-\u9fff]){1,3}"
                         r"(?:新区|区|县|市))(?=[\u4e00-\u9fff]{2,})")
# A longer bureau or commission with no place or nation in it is the place's too (甲区党群工作部、民政司法和社会保障局、
# 卫生健康委: 甲区's); a ministry (…部) is not read so: 民政部 after a district's office is the nation's.
# (团市委, 团区委: the level is inside the name, which stays as printed, R1)
_BARE_OFFICE = re.compile(r"^(?![省市区县州中国全])(?!团[省市区县]委)(?:[\u4e00-\u9fff]{1,3}(?:办|局|委|部|厅|处|科)"
                          r"|(?:(?![省市区县州]|国家|中央)[\u4e00-\u9fff]){4,9}(?:局|委|办))$")
_PLACE_OR_NATION = re.compile(r"大学|中国|中共|国家|全国|省|市|区|县|新华|人民")
# Two parties that made a publication together: ``A与B合作编写``, ``A和B联合编著``, ``A同B共同策划``,
# ``A和B经过多次沟通，提出了本书的出版设想``, ``A与B合作出版``. The first-named party leads (organiser); the one
# joined to it is the partner (co-organiser). A party may be a government named by its place (金山区).
_PARTNER_JOIN = re.compile(r"和|与|同|会同")
_JOINT_MAKING = re.compile(
    r"^[^。；;！？!?]{0,30}?(?:(?:合作|联合|共同|携手|一起)(?:组织)?(?:编写|编著|编撰|编纂|主编|策划|出版|推出|完成)"
    r"|提出了?[^。；;，,]{0,10}?(?:出版|编写|编撰|编辑)设想|共同(?:提出|谋划)[^。；;，,]{0,10}?设想)"
)
_TIME_LEAD = re.compile(r"^(?:[\d一二三四五六七八九十〇零]{2,4}年[^，,]{0,6}?(?:开始|以来|起|时)?"
                        r"|最近|近日|近期|日前|此前|目前|今年|去年)(?=[\u4e00-\u9fff])")
_PLACE_NAME = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}?[省市])?[\u4e00-\u9fff]{1,4}?(?:新区|区|县|市)$")
# Words that end in 市 and name no city (城市, 超市, 全市): no government to stand as a party.
_NOT_A_CITY = re.compile(r"城市|都市|超市|门市|股市|楼市|夜市|集市|上市|闹市|省市|县市|各市|全市|本市|该市|我市")

# A body that opens a clause and then launches, runs or names a selection is its organiser, though no 主办 is
# written: ``A于2016年底启动…评选``, ``A二十九日举行…颁奖典礼``, ``A拟于…举行第六届…大赛``,
# ``A、B以“…”为主题，举办…案例发布会``, ``A面向各级部门征集…案例``, ``A携手N位专家共同评审，推出了“…十大案例”``,
# ``A经逐级推荐和社会公示，决定命名…为第三批…``.
# Between the name and the verb only these may stand: a time, a place or audience (于/在/面向/向/从…), a theme
# (以…为主题), partners (携手…), a procedure (经…) and adverbs; anything else (介绍, 认为, 获评) is another statement.
_OTHERS_TAKE_PART = r"(?:组织|指导|动员)(?:各地|各级|全省|全市|各[市州县区]{1,2})"
_LAUNCH_MODIFIER = (
    r"(?:[\d〇零一二三四五六七八九十]{2,4}年(?:[\d一二三四五六七八九十]{1,2}月)?(?:[\d一二三四五六七八九十]{1,3}日)?"
    r"(?:[初底末中]|年底|年初)?"
    # a day without its year (二十九日举行, 5月8日启动), with a part of the day
    r"|(?:[\d一二三四五六七八九十]{1,2}月)?[\d一二三四五六七八九十]{1,3}日(?:上午|下午|晚|晚上)?"
    # (今(15)日, 昨（八）日: a Taiwanese paper writes the day in brackets; 上午, (星期六), (每月): the time's parts)
    r"|[昨今明前](?:[（(][\d一二三四五六七八九十]{1,3}[）)])?日|上午|下午|晚上|晚间|[（(][^（）()，,]{1,8}[）)]"
    r"|即日起|自即日起|定期|不定期|每月|每季度|历时[^，,。；;！？!?\n]{1,8}?(?:年|个?月|天|周)"
    # 假某学校礼堂举办: 假 is how Hong Kong and Macau write the venue (at)
    r"|假[^，,。；;！？!?\n]{1,25}?"
    r"|近日|日前|近期|最近|今年|去年|每年|此前|目前|年底|年初|年中|[昨今明]日|[昨今]天|当天|当日|[于在][^，,。；;！？!?\n]{1,20}?|面向[^，,。；;！？!?\n]{1,25}?"
    # 在甲局等部委的指导下: guidance or support of any length (its names are read as guides elsewhere)
    r"|在[^，,。；;！？!?\n]{1,45}?(?:指导|支持|领导|关心)下"
    # 为激励…发展: the purpose, said with a verb of aim (not 为甲协会举办的…: the names would be another's)
    r"|为了?(?:激励|推动|推进|促进|进一步|深入|加强|鼓励|表彰|提升|提高|加快|总结|培育|挖掘|发掘|展示|弘扬|营造|引导"
    r"|贯彻|落实|助力|探索|树立|宣传|推广)[^，,。；;！？!?\n]{0,25}?"
    # 联合乙、丙举办: partners joined to the launch (read as organisers too, see _launch_partners)
    r"|(?:联合|会同)[^，,。；;！？!?\n]{2,40}?"
    r"|向[^，,。；;！？!?\n]{1,20}?|从[^，,。；;！？!?\n]{1,25}?|通过[^，,。；;！？!?\n]{1,25}?"
    # 以“坚持…,深化…”为主题: a quoted theme may hold a comma of its own
    r"|以(?:[“「][^“”「」]{1,40}[”」]|[^，,。；;！？!?\n]){1,30}?为(?:主题|主线|契机|抓手|载体|依托|重点|导向|原则|标准|宗旨)"
    # (甲报与乙会再度携手，今年9月起举办…: 携手 alone joins the names before it)
    r"|携手[^，,。；;！？!?\n]{0,40}|经[^，,。；;！？!?\n]{1,40}|连续[\d一二三四五六七八九十]+年"
    # a month without its day (今年9月起, 3月份)
    r"|[\d一二三四五六七八九十]{1,2}月份?(?:[初底末中]|上旬|中旬|下旬)?起?"
    # 在举办甲活动的同时，携手乙举办…: what else the body was doing then
    r"|在[^，,。；;！？!?\n]{1,40}?的同时"
    # 组织各地开展…: the launcher has the places below it take part
    r"|" + _OTHERS_TAKE_PART +
    # 甲部官网发布通知，公布了…: the body's own website speaks for it
    r"|官网|官方网站|门户网站|官方微信"
    # (甲厅、乙部正在公示…名单: a body in the middle of publishing its list)
    r"|共|正式|再次|再度|继续|接续|持续|首次|大力|精心|隆重|决定|已经|已|将|还|又|也|共同|联合|特别|专门|积极|集中|组织|拟"
    r"|正在|先后|分别"
    r"|计划|公开"
    # 甲局发布通知，将举办…大赛: the notice that announces it
    r"|(?:发布|印发|下发|发出)了?(?:通知|公告|通告)"
    # A、B、C成立联合工作小组，积极开展…评选: the group the bodies set up to run it
    r"|成立了?[^，,。；;！？!?\n]{0,10}?(?:小组|专班|组委会|工作组)"
    # 自1999年起每两年举办: since when and how often
    r"|自[^，,。；;！？!?\n]{1,12}?(?:起|以来|始)|每[两三四五]?年|每届"
    # 甲办部署开展…活动: a central office deploys the work it runs across the country
    r"|部署"
    # 甲部关于同意将…确认为…的批复: the heading of the body's own reply that designates them
    r"|关于(?=(?:同意)?将)"
    # 甲会联合乙厅召开新闻发布会，宣布启动…: the launch is announced at the bodies' own press briefing
    r"|召开了?(?:新闻)?(?:发布会|通气会|新闻发布会)|宣布"
    # A等单位组织开展…: the others are not named, A still launched it
    r"|等(?:[\d一二三四五六七八九十多几]+[个家]?)?(?:单位|部门|部委|机构|多家单位|多部门)?"
    # A、B等甲市五大市属媒体: the others counted by their place, number and kind
    r"|等[\u4e00-\u9fff]{0,4}?[\d一二三四五六七八九十多几数]+[个家大][\u4e00-\u9fff]{0,4}?"
    r"(?:单位|部门|部委|机构|媒体|高校|院校|企业|组织))"
)
# A body that makes public the results of its own selection runs it (CONVENTIONS.md O1): 甲部公布了第二批…名单,
# 甲、乙公布了…评选结果. Only results (a list, the winners), and never from a news outlet: it reports others'.
# (确定了第二批…名单: the body that settles its own list)
# (推介第四批…典型案例: a ministry puts forward the models it chose, as it would publish them)
_HONOURED_COUNT = (r"[\d一二三四五六七八九十百千]+(?:户|名|位|个|家)"
                   r"(?=[“「]|首届|第[一二三四五六七八九十\d]{1,3}届)")
_PUBLISH_VERB = r"公布|发布|揭晓|公示|表彰|确定|推介"
_RESULTS = re.compile(r"名单|结果|得主|获奖|获得者|先进典型|榜单|成绩|表彰(?:的)?决定"
                      # 发布关于确认全省…实验区的批复: a document that confirms or names the places chosen
                      r"|关于(?:确认|命名|认定)[^，,。；;]{2,40}?(?:示范|实验区|试点)"
                      # 发布2018年“最美…”先进事迹: the deeds of those a titled selection chose
                      r"|[”」]先进事迹"
                      # 发布第四批…典型案例, 共同发布了“十大创新案例”: a batch or a top ten of cases is the result
                      r"|(?:第[一二三四五六七八九十\d]{1,3}批|首批|新一批|十大|十佳|百佳|百强)[^，,。；;]{0,30}?"
                      r"(?:案例|典型|经验|成果|项目|示范|单位)"
                      # 公布甲、乙等248个地方和单位为第十一批…示范单位
                      r"|为(?:第[一二三四五六七八九十\d]{1,3}批|首批|新一批)"
                      # 公布“某某行动”典型案例: the cases a named campaign chose, ending the clause (not 案例征集)
                      r"|[”」](?:典型|优秀|最佳|示范)案例(?:名单)?(?=[，,。；;（(]|$)"
                      # 揭晓90户“最美家庭”, 表彰997户第十三届全国五好家庭: the honoured, counted before their title
                      rf"|{_HONOURED_COUNT}")
# 甲部在各地推荐的基础上遴选确定…为第一批…, 某局评选出…优秀案例20个: verbs of selecting (O1) whose objects may hold
# words of taking part (…参与社会治理优秀案例: a category's name, not the selector's part in another's selection).
_SELECTING_VERBS = ("评选出", "遴选出", "遴选确定", "评出", "选出", "认定")
# 甲办印发了关于第一批…示范村镇的通知, 乙委出台了《…大赛实施方案》: issuing the document that sets up or calls for a
# selection (what it is about must name one, see _launches_selection).
_ISSUES_DOCUMENT = (r"(?:印发|下发|出台|制定|发布|发出)(?=了?《?(?:关于)?[^《》。，,；;]{2,80}?"
                    r"(?:通知|决定|方案|办法|公告|通告|细则)》?)")
# (nor from an event: 某某大会揭晓…获奖名单 gives the awards of a selection the text names apart)
_OUTLET = re.compile(r"(?:网|报|报社|日报|晚报|时报|电视台|广播电台|电台|频道|客户端|新闻|财经|杂志社?|传媒|融媒体中心"
                     r"|大会|论坛|峰会|博览会|年会)》?$")
# 举行 too: A举行…颁奖典礼 holds the competition's own event (a venue is 在A举行, read elsewhere). 办理 is how a
# Taiwanese agency says it runs one (某会办理第6届「…奖」).
_LAUNCH = re.compile(
    rf"^(?:{_LAUNCH_MODIFIER})*(?P<verb>启动|推出|征集|开展|发起|举办|举行|办理|命名|主办(?!单位|方)|召开"
    # 组织了“…”遴选推介活动 (组织 before 开展 is read as a modifier); 于1997年设立嘉许奖计划 sets one up
    # 对10名“…”进行了表彰, 对2019年度优秀调研成果进行评选: the body honours or judges the ones its selection names
    rf"|对(?![此其他她])[^，,。；;]{{2,50}}?(?:进行了?|予以|给予)(?:命名)?(?:表彰|评选|公示|授牌)"
    # 甲委已完成了2021年度好提案的评选: a body that completes its own selection
    rf"|完成了?(?=[^，,。；;]{{0,40}}?(?:评选|遴选)(?:工作)?(?:[，,。；;]|$))"
    # 甲部同意将乙区等40个单位确认为“…”: a body designates the units its selection chose, counted or closed by 等单位
    rf"|(?:同意)?将[^，,。；;“”「」]{{2,40}}?(?:等[\d一二三四五六七八九十百]*个?单位|[\d一二三四五六七八九十百]+个"
    rf"(?:单位|社区|村|镇|街道|地区|县|区|市))(?:确认|认定|命名)为"
    # 甲厅发文确认第二批…实验区: a body designates by its own document what its selection chose
    rf"|发文(?:确认|认定|命名|公布|表彰)"
    rf"|组织(?=了|专家(?:进行)?(?:评审|评选))|设立|评选出|(?:组织)?评选了|遴选出|遴选确定|评出|选出|认定(?=[^，,。；;]{{1,60}}?为)|(?P<document>{_ISSUES_DOCUMENT})"
    # (a verb of publishing only with the results it publishes in the clause: 发布通知 is how a launch is announced)
    # (a quoted name may hold a comma: 揭晓了“绿水青山,人人守护”先进典型名单)
    rf"|(?:{_PUBLISH_VERB})(?=了?(?:[“「][^“”「」]{{0,40}}[”」]|[^，,。；;]){{0,40}}?(?:{_RESULTS.pattern})))了?")
# 召开 holds a meeting: the competition's own only when it awards or selects (…表彰大会, 评选会).
# (表扬 is how a Taiwanese agency says 表彰: 某部举办…社区表扬典礼 holds its own selection's awards)
# (…“最美家庭”揭晓会: the meeting that makes its selection's results known)
_HELD_AWARDS = re.compile(r"表彰|表扬|颁奖|授牌|评选|评审|推选|揭晓")
_MODIFIERS_ONLY = re.compile(rf"^(?:{_LAUNCH_MODIFIER})+$")
# What the launched thing must be: a selection, not any work (开展调研, 推出新举措).
# (推介 as 推选: a list of those put up as models; 某某之星 a title of honour)
# (实验区: a ministry's or province's pilot zones, designated after a selection)
# (公益创投: projects compete for a fund's grants)
_SELECTION = re.compile(r"榜(?!样)|评选|征集|案例|大赛|奖|评比|推选|推介|之星|遴选|选拔|十佳|十大|优秀|典型|示范|先进"
                        r"|实验区|第[^，,。]{1,3}批|创投")
# Words of organising an event: a sentence with none of them and no selection word (_SELECTION) is about other work.
_ORGANISING = re.compile(r"主办|承办|协办|举办|举行|启动|发起|组织开展|活动|大赛|比赛|竞赛|评审|揭晓|颁奖|表彰")
# …and not one where cases are shown or told (开展了优秀案例路演, 举办典型案例分享会): that presents them, unless the
# event also selects or releases them (举办十佳案例发布暨培训会).
_PRESENTING = re.compile(r"(?:路演|分享|展示|展览|展演|宣讲|交流|汇报|培训|研讨|观摩|学习)(?:会|活动|交流会)?$")
_SELECTING = re.compile(r"评选|征集|发布|揭晓|遴选|推选|评比|表彰|颁奖|命名")
# …but a body that collects entries to put forward for another's selection is taking part in it.
_TAKING_PART = re.compile(r"获评|荣获|获得(?!者)|入选|入围|当选|推荐|报送|上报|参评|参赛|参加|参与|申报")
# …said in a later clause of the sentence (开展案例征集，推荐3个项目参加全市评选): only words that cannot be said of
# others the organiser drew in (吸引200家单位参与).
# (…部门报送的44个案例: the entries others sent in, written before the cases, are no putting forward)
_PUTTING_FORWARD = re.compile(r"推荐[^，,。]{0,12}(?:参加|参评|参选|报送|上报)|(?:报送|上报)(?!的)|参评")
# 在新区范围内开展…推荐申报: the launcher's own area, whose units apply to it
_OWN_SCOPE = re.compile(r"在[^，,。；;]{1,8}?范围内")
_EDITION_EVENT = re.compile(r"(?:首届|第[一二三四五六七八九十\d]{1,3}届)[^，,。；;]{0,40}?"
                            r"(?:启动仪式|启动会|颁奖|决赛)")
# How far into the text the story's opening reaches (where it says what happened and who did it).
_OPENING = 400
# 被甲部评为“…”, 获乙组织(WeGO)评选为「…」 (not 先后被, 曾被, 多次被: a record of honours).
_CONFERRED = re.compile(r"(?<!先后)(?<!曾)(?<!多次)(?<!曾经)(?<!均)[被获]"
                        r"(?P<names>[^，,。；;“”「」被获]{2,40}?)(?:联合|共同)?"
                        r"(?:评选为|评为|命名为|授予)[“「]")
# What a body did in a clause before the one where it launches a selection (拓展民情征集渠道, 大力推广某某工作法):
# a short phrase of its own work, not a report of what it or someone said, nor a title or a person after the name.
_OWN_WORK = re.compile(r"(?:大力|积极|深入|持续|不断|进一步|着力|全面|主动)?"
                       r"(?:拓展|拓宽|畅通|推广|创新|围绕|聚焦|结合|立足|丰富|探索)[\u4e00-\u9fff“”「」]{2,14}")
_NOT_OWN_WORK = re.compile(r"获悉|表示|介绍|说|称|指出|认为|强调|透露|报道|消息|记者|获|荣|入选|入围|参|申报|推荐|报送"
                           r"|负责|书记|主任|[局厅部处科院校会社]长|同志|代表|专家|教授|成员|工作人员|干部|居民|群众|网友|发布会|的")
# 甲大学2020年某某大赛, 乙报第四届某某评选: a body, then a year or an edition, then a competition's unquoted name.
_OWNER_BEFORE_EDITION = re.compile(
    r"(?P<owner>[\u4e00-\u9fff]{2,20}?)(?:[\d〇零一二三四五六七八九十]{4}年度?|首届|第[一二三四五六七八九十\d]{1,3}届)"
    r"(?P<name>[\u4e00-\u9fff]{2,30}?(?:大赛|竞赛|比赛|评选|征集|评比|选拔))")
# Entrants' words before a competition's name: they compete in it, they do not own it.
_COMPETING_FOR = re.compile(r"角逐|争夺|竞逐|冲击|晋级|进入|参加|参与|参赛|入围")
# 甲厅将乙区等16个县区认定为全省某某示范区: a body at a clause's start designating what it selected.
_DESIGNATING = re.compile(r"(?:^|(?<=[，,。；;：:\s)）】]))(?P<names>[^，,。；;：:“”「」\s将]{2,30}?)将"
                          r"[^，,。；;]{2,60}?(?:确认|认定|命名|确定)为[^，,。；;]{0,30}?(?:示范|实验区|试验区|试点|先进|优秀|典型|标杆)",
                          re.MULTILINE)
# 甲部授予200个组织“全国先进…”称号: a body at a clause's start conferring a title by name.
_CONFERRING = re.compile(r"(?:^|(?<=[，,。；;：:\s)）】]))(?P<names>[^，,。；;：:“”「」\s]{2,40}?)"
                         # (省委、省政府决定，授予某项目“第二届某省改革奖”: the award conferred, its decision said)
                         # (甲会决定，授予某某等9人全国某某标兵称号: the title unquoted, up to 称号)
                         r"(?:联合|共同)?(?:决定[，,]?\s*)?授予(?:[^，,。；;“”「」]{0,30}?[“「][^“”「」]{2,40}[”」]"
                         r"|[^，,。；;“”「」]{4,40}?(?=称号))"
                         # (…为第五届“某某慈善奖”最具爱心捐赠企业: a category of the award after its name)
                         r"[^，,。；;“”「」]{0,12}?(?:(?:荣誉)?称号|(?=[，,。；;、]))",
                         re.MULTILINE)
# 第8届「…奖」, 「一一四年度…选拔」: a competition's quoted name, with its edition before it.
_QUOTED_NAME = re.compile(r"(?:首届|第[一二三四五六七八九十\d]{1,3}届)?[「“](?P<name>[^「」“”]{2,40})[」”]")
# Words of a clause, not of a name directly before the competition's (某局将举办, 某院在杭州举行).
_CLAUSE_WORDS = re.compile(r"举办|举行|开展|启动|召开|主办|承办|组织|将|^[在由从于]|[在于由](?!线)|自\d|每"
                           r"|[（()）]|合办")
# 在甲部「某某社区选拔」中: the sentence set in the selection of the body written before its name (R5)
_OWNER_AFTER_IN = re.compile(r"(?:^|(?<=[\s\d]))在(?P<name>[^，,。；;\s在]{2,20})$")
_SET_IN = re.compile(r"(?:评选|选拔|征集|活动|大赛|比赛|竞赛|评比)?(?:中|当中)(?![心国华央])")
_OWNER_AFTER_VERB = re.compile(r"(?:颁发|颁授|举办|启动|揭晓|公布|发布|荣获|获得|获颁|参加|入选)"
                               r"(?P<name>[^，,。；;]{2,20})$")
# 甲中心关于“…”典型案例征集活动通知: a notice's heading on its own line, with its issuer.
# (甲部 乙局关于…: joint issuers may be written apart by a space)
_NOTICE_HEADING = re.compile(r"^(?P<issuers>(?:[^，,。；;：:\s“”「」]{2,20}[ \t\u3000]+){0,4}"
                             r"[^，,。；;：:\s“”「」]{2,40}?)关于(?:组织|开展|举办|启动)*"
                             r"(?P<what>[^\n]{2,60}?)的?通知$")
# 作者:甲联合会 / 发布机构：乙局: a government page's field for who wrote or issued it.
_AUTHOR_FIELD = re.compile(r"(?:作者|发布机构|发文机关|发文单位|发布单位)\s*[:：]\s*(?P<name>[^\s:：，,。|]{2,30})")
_OTHER_EVENT_ASIDE = re.compile(r"[（(][^（）()]{0,12}?(?:展会|大会|论坛|会议|峰会|年会|博览会|展示会|交流会|交易会)由"
                                r"[^（）()]*[）)]")
# (2015年某市网络文化季先后推出了…: a season of events, not a body)
_EVENT_SEASON = r"文化季|文化节|活动月|活动周"
_EVENT_NAME = re.compile(rf"(?:大会|论坛|峰会|博览会|年会|展会|{_EVENT_SEASON})$")
_QUOTED = re.compile(r"“[^“”]{0,40}”|「[^「」]{0,40}」|‘[^‘’]{0,40}’")
# What an organiser's verb may make besides a selection: an event (由A主办的…论坛, 主办的颁奖典礼).
_EVENT = re.compile(r"展评|活动|论坛|大会|会议|典礼|仪式|峰会|年会|赛|杯|调查|寻访|发布会|颁奖|表彰|揭晓"
                    # …项目终期成效展示会, …三年总结推广暨宣传工作会: a meeting of the programme
                    r"|(?:展示|交流|分享|路演|推介|总结|工作|推进|现场)会")
# A sentence whose subject is a conference or forum, then 由 and its roles: ``本届大会由…``, ``2024某某论坛由…``.
_EVENT_SUBJECT = re.compile(
    r"^(?:本届|本次|此次|这次|该)?([^，,。；;由]{0,40}?(大会|论坛|会议|峰会|年会|博览会|展会|研讨会))由")
# What may stand before the name at a clause's start: a dateline, a section label (案例：), page furniture.
_CLAUSE_LEAD = re.compile(
    # (示范创建活动概况 - 甲办于…: a heading before a spaced dash)
    r"^(?:【[^】]{0,12}】|[^，,。:：\n]{0,6}[:：]|[^，,。:：\n]{2,12}\s+[-—]\s+|本报讯|据悉|近日|日前|近期|最近|今年|去年"
    # 自2022年新京报社联合…启动…以来: since when, before the body that began it
    r"|自(?:19|20)\d{2}年(?:起|以来)?"
    # a news site's or paper's dateline: 某某网讯, 某某报讯 (with its reporter)
    r"|[^，,。:：\s\n]{1,10}?[网报台]讯(?:\s*[（(][^（）()]{0,20}[）)])?\s*"
    # a wire dateline: 某某网北京5月15日电（记者 某某）
    r"|[^，,。\n]{0,20}?[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日电(?:\s*[（(][^（）()]{0,20}[）)])?"
    # (中央社记者某某台北15日电): a wire dateline in brackets
    r"|[（(][^（）()]{0,30}?\d{1,2}日电[）)]"
    # (记者某某/某地报导): a Taiwanese paper's byline in brackets
    r"|[（(]记者[^（）()]{1,20}?(?:报导|报道)[）)]"
    # (记者 某某): a reporter's byline in brackets after a dateline written apart (本报讯 (记者 某某))
    r"|\s*[（(]\s*记者[^（）()]{1,12}[）)]\s*"
    # 本报北京5月14日讯 记者某某报道: a paper's dateline with its day, and the reporter's credit unbracketed
    r"|[^，,。:：\s\n]{0,12}?[\d一二三四五六七八九十]{1,2}日讯\s*|记者\s*[^，,。:：\s\n]{1,10}?报道\s*[:：]?\s*"
    r"|[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日|[\d〇零一二三四五六七八九十]{4}年|[\s▲■●◆★※•·])+")


_PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[）)]\s?")
# A website's footer: its copyright line and what follows, with the short lines right above it that credit the
# site's own sponsors (甲办主办 / 乙网承办 / 主办单位:丙局), which run the website, not the story's competition.
_SITE_FOOTER = re.compile(r"(?:^[ \t]*(?:[^\n，,。；;！？:：]{2,30}(?:主办|承办|协办|主管)"
                          r"|(?:主办|承办|协办|主管)(?:单位)?[:：][^\n，,。；;！？]{2,60})[ \t]*\n)*"
                          r"^[^\n]*(?:版权所有|ICP备|Copyright|©)[\s\S]*",
                          re.MULTILINE | re.IGNORECASE)


# 某某网是由甲部主管、乙集团主办的官方新闻网站: who runs the news site, said in its own profile, not who runs the
# competition it reports.
_OUTLET_PROFILE = re.compile(r"是由[^。！？\n]{2,80}?(?:主管|主办|承办)的[^。！？\n，,]{0,20}?"
                             r"(?:网站|门户|新闻网|客户端|报纸|刊物|期刊|媒体|平台)")


# 某某案例中心是在甲会、乙部的大力支持下，由丙校建设的…: who stood behind a body, said in the body's own profile.
# (该活动是在甲部的指导下…: a selection's own profile gives its roles; only a body's is another's.)
_BODY_PROFILE = re.compile(r"^\s*(?P<body>[^，,。；;]{2,30})是在[^。；;]{2,60}?的?(?:大力|鼎力|全力)?"
                           r"(?:支持|指导|领导)下")


@dataclass(frozen=True)
class Organiser:
    """One organisation with its role; ``printed`` is the name as the text gave it."""

    name: str
    role: str
    printed: str


def find_organisers(text: str | None, *, book: bool = False, source: str | None = None) -> list[Organiser]:
    """Every organisation the text gives a role, in order of first mention, each once (its first role).

    ``book``: also read 编写/主编 as the organiser of a book series. ``source``: the page's source line
    (来源: 某某日报), which may name the city a bare 市… body belongs to.
    """
    if not text:
        return []
    # 决(jue) 定命名: a page that glosses characters with their pinyin splits words with it
    text = _PINYIN_GLOSS.sub("", text)
    # Whose site this is: the footer's sponsors (主办:中共甲市乙区委员会) and the source line (来源:某某日报). They run
    # the site, not the competition, but tell the place of a story that writes only 区民政局 or 市文明办.
    footer = _SITE_FOOTER.search(text)
    sponsors = re.findall(r"(?:主办|承办)(?:单位)?[:：]([^\n]+)", footer.group(0)) if footer else []
    site = "\n".join([*sponsors, source] if source else sponsors)
    text = _SITE_FOOTER.sub("", text)
    verbs = _VERBS + (_BOOK_VERBS if book else ())
    found: list[Organiser] = []
    # 主办单位：A；承办单位：B。 — labels run on in one line: each starts its own.
    labelled = _NEXT_LABEL.sub("\n", text)
    for match in _LABELLED.finditer(labelled):
        label, names = next((match.group(at), match.group(at + 1)) for at in (1, 3, 5) if match.group(at))
        if _in_case_entry(labelled, match.start()):
            continue  # 案例名称：…／组织单位：乙中心／推荐单位：丙厅 — a winning case's own bodies
        role = next(r for word, r in _LABEL_ROLES if word in label)
        found.extend(_organisers(_spaced_names(names), role))
    found.extend(_headed_lists(text))
    found.extend(_representatives(text))
    for sentence in _sentences(text):
        if (_other_event(sentence, text) or _OUTLET_PROFILE.search(sentence) or _profiles_a_body(sentence)
                or _entry_made_by(sentence)):
            continue
        # 大赛由甲组委会主办(展会由乙部、丙省人民政府主办): the aside gives the roles of the fair the contest is part of
        sentence = _OTHER_EVENT_ASIDE.sub("", sentence)
        # 在A指导下 guides a competition only in a sentence about one; 近年来，在A的指导下，B街道深入推进… says
        # who guides B's everyday work.
        about_selection = bool(_SELECTION.search(sentence) or _ORGANISING.search(sentence))
        for clause in _rejoined_lists(_protect_parentheses(sentence), verbs):
            found.extend(_clause_organisers(clause, verbs, about_selection=about_selection))
        found.extend(_guided_makers(sentence))
    if book:  # who made the book with its maker is a fact of the book's announcement, not of one that cites it
        found.extend(_joint_makers(text, found))
    found.extend(_launchers(text))
    found.extend(_entrusted(text))
    found.extend(_deciders(text))
    found.extend(_conferrers(text))
    found.extend(_owners_before_names(text))
    found = _without_past_founders(found)
    if not any(o.role == "organiser" for o in found):
        found.extend(_notice_issuers(text) or _set_in_owners(text))
    seen: set[str] = set()
    unique = []
    placed = _with_list_places(_with_places(found, text, site), text)
    for organiser in placed:
        # 甲市政府青年局举办…，青年局将…: the short form of a body named in full is that body, not another (unless
        # the two are listed side by side: 中国某某报社和某某报社 are two)
        shortened = any(other.name != organiser.name and other.name.endswith(organiser.name)
                        and not _side_by_side(other.printed, organiser.printed, text) for other in placed)
        # 甲部办公厅发布《…评选结果的通报》 for 甲部, named as organiser too: the office speaks for its body
        office = any(other.role == organiser.role and organiser.name == other.name + suffix
                     for other in placed for suffix in ("办公厅", "办公室"))
        # 甲区社区管理局主办…，甲区社管局联合…: the short form of a name listed in full is that body (its abbreviation)
        abbreviated = any(_abbreviates(organiser.name, other.name) for other in placed)
        if organiser.name not in seen and not shortened and not office and not abbreviated:
            seen.add(organiser.name)
            unique.append(organiser)
    return unique


def _profiles_a_body(sentence: str) -> bool:
    """Whether the sentence is a body's profile (某某中心是在甲部的支持下…建设的): the support or guidance it names was
    given to the body, not to the selection."""
    profile = _BODY_PROFILE.match(sentence)
    return bool(profile) and _looks_like_organisation(profile.group("body").strip())


# “某某”项目由甲会发起: a winning entry, quoted, as the subject of 由.
_QUOTED_SUBJECT = re.compile(r"^\s*[“「](?P<name>[^“”「」]{2,30})[”」](?P<kind>[\u4e00-\u9fff]{0,8}?)由")


def _entry_made_by(sentence: str) -> bool:
    """Whether the sentence says who made an entry (“某某”项目由甲会发起，…): those are the entry's bodies. A
    competition quoted as the subject (“某某”评选由甲部主办) names its own."""
    subject = _QUOTED_SUBJECT.match(sentence)
    if not subject:
        return False
    words = subject.group("name") + subject.group("kind")
    return not (_SELECTION.search(words) or _ORGANISING.search(words) or re.search(r"评选|征集|计划|行动", words))


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` abbreviated: the same place or parent (two characters at least), then the rest
    cut down by two characters or more to some of its characters in order, with the same first and last (社管局 for
    社区管理局)."""
    common = len(os.path.commonprefix([short, full]))
    if common >= len(short):
        return False  # 甲协会 and 甲协会乙分会: a body and its branch, not a short form
    # (the abbreviation keeps the rest's first character, which may be the last one the two share)
    for at in range(common, 1, -1):
        rest, whole = short[at:], full[at:]
        # (two characters dropped at least: 甲信息协会 and 甲信息化协会 are two bodies)
        if 2 <= len(rest) <= len(whole) - 2 and rest[0] == whole[0] and rest[-1] == whole[-1]:
            remaining = iter(whole)
            return all(char in remaining for char in rest)
    return False


def _spaced_names(names: str) -> str:
    """A label's names written apart by spaces (指导单位:甲局 乙办 丙委, a page's flattened lines): the leading names,
    joined as a list, up to the first word that is no organisation (二、大赛时间 …); else the names as written."""
    words = names.split()
    if len(words) < 2 or not _all_organisations(words[0]):
        return names
    taken = []
    for word in words:
        if not _all_organisations(word):
            break
        taken.append(word)
    return "、".join(taken)


def _with_list_places(found: list[Organiser], text: str) -> list[Organiser]:
    """A name with no place of its own listed right after one that opens with a place (甲区文明办、新时代文明实践中心)
    is that place's when the text itself writes it so elsewhere (甲区新时代文明实践中心): the list wrote the place
    once."""
    result = []
    for index, organiser in enumerate(found):
        before = found[index - 1] if index else None
        placed = _LIST_PLACE.match(before.name.removeprefix("中共")) if before else None
        if (placed and not _LIST_PLACE.match(organiser.name) and not _PLACE_OR_NATION.search(organiser.name[:2])
                and _side_by_side(before.printed, organiser.printed, text)
                and placed.group(1) + organiser.name in text):
            organiser = Organiser(canonical_organisation(placed.group(1) + organiser.name), organiser.role,
                                  organiser.printed)
        result.append(organiser)
    return result


def _in_case_entry(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a field of a listed case or project: the line before or after it gives
    the entry's name or who put it forward (案例名称：, 推荐单位：), so its 组织单位 ran the case, not the selection."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    before = [line for line in text[:start].splitlines() if line.strip()][-1:]
    after = [line for line in text[end:].splitlines() if line.strip()][:1]
    return any(_CASE_FIELD.match(line) for line in (*before, *after))


def _rejoined_lists(clauses: list[str], verbs: tuple[tuple[str, str], ...]) -> list[str]:
    """Clauses with a list of names that a comma broke put back together: ``由甲区委组织部、宣传部,区民政局,区某办共同
    主办`` (a mirror's or a writer's comma between the names of one list): a clause whose names after 由 wait for
    their role word goes on with the next clause when that holds only names, or names and then the role word."""
    merged: list[str] = []
    for clause in clauses:
        if merged and _open_list(merged[-1], verbs) and _opens_with_names(clause.strip(), verbs):
            merged[-1] = f"{merged[-1]}、{clause.strip()}"
        else:
            merged.append(clause)
    return merged


def _open_list(clause: str, verbs: tuple[tuple[str, str], ...]) -> bool:
    anchors = list(re.finditer(r"(?<![自理缘])由(?!于)", clause))
    tail = clause[anchors[-1].end():] if anchors else ""
    return bool(tail) and not _verb_matches(tail, verbs) and _all_organisations(tail)


def _opens_with_names(clause: str, verbs: tuple[tuple[str, str], ...]) -> bool:
    matches = sorted((m.start() for m, _ in _verb_matches(clause, verbs)))
    head = _ADVERBS.sub("", clause[:matches[0]]) if matches else clause
    return bool(head) and _all_organisations(head)


def _guided_makers(sentence: str) -> list[Organiser]:
    """``由A在B的指导下主办``, ``X是A在B等机构指导下，与C共同举办的…``: A, written between 由/是 and the guidance, runs
    the event the sentence's later verb makes (B is read as the guide elsewhere)."""
    match = _GUIDED_MAKER.search(sentence)
    if not match or not _all_organisations(match.group("names")):
        return []
    return _organisers(match.group("names"), _ROLE_OF_VERB.get(match.group("verb"), "organiser"))


def _side_by_side(first: str, second: str, text: str) -> bool:
    """Whether the text lists the two names next to each other (A、B, A和B, B与A)."""
    joins = "[、，,和及与]"
    return bool(re.search(f"{re.escape(first)}{joins}{re.escape(second)}|{re.escape(second)}{joins}{re.escape(first)}",
                          text))


_NUMBERED_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]")


def _headed_lists(text: str) -> list[Organiser]:
    """A notice's section headed by a role (``二、大赛主办单位`` on a line of its own) lists its names on the lines
    below, one or more a line, up to the first line that is not only names."""
    found: list[Organiser] = []
    lines = text.splitlines()
    for index, line in enumerate(lines):
        heading = _ROLE_HEADING.match(line)
        if not heading:
            continue
        role = next(r for word, r in _LABEL_ROLES if word in heading.group(1))
        for below in lines[index + 1:]:
            below = below.strip().rstrip("；;。，,")
            if not below:
                continue
            if _ROLE_HEADING.match(below) or _NUMBERED_HEADING.match(below):
                break  # the next section's heading (its own list is read from it)
            names = _organisers(below, role, whole_line=True)
            if not names or len("".join(o.printed for o in names)) < len(re.sub(r"[、，,;；\s和及与]", "", below)):
                break  # a line of other words (the next heading, a paragraph) ends the list
            found.extend(names)
    return found


def _representatives(text: str) -> list[Organiser]:
    """``主办方代表甲局副局长某某`` names the body the speaker represents in that role: the longest name after 代表
    that a title follows."""
    found: list[Organiser] = []
    for match in _REPRESENTING.finditer(text):
        role = next(r for word, r in _LABEL_ROLES if word in match.group(1))
        after = _CLAUSE_SPLIT.split(text[match.end():match.end() + 40])[0]
        name = next((after[:end] for end in range(len(after), 1, -1)
                     if _TITLE.match(after, end) and _looks_like_organisation(after[:end])), None)
        if name:
            found.append(Organiser(canonical_organisation(name), role, name))
    return found


def _sentences(text: str) -> list[str]:
    return re.split(r"[。！？!?\n]", text)


def _other_event(sentence: str, text: str) -> bool:
    """Whether the sentence gives the roles of an event that is not the competition: ``本届大会由A指导，B主办`` after
    ``…2024某某数据内容大会在某地举行`` names who ran a conference the page's selection was only mentioned at. An
    event whose name speaks of the selection or its results (…案例发布会, 颁奖大会) is the competition's own."""
    subject = _EVENT_SUBJECT.match(_CLAUSE_LEAD.sub("", sentence.strip()))
    if not subject:
        return False
    name = subject.group(1)
    if name == subject.group(2):  # 本届大会: the name was given before
        earlier = text[:text.find(sentence)] if sentence in text else ""
        # 此次会议 is the meeting the story said was held (…大赛启动会暨…研讨会在甲大学举行), whatever it was called
        held = [m.group(1) for m in re.finditer(
            r"([^\s，,。；;！？!?:：、]{2,60}?(?:会|论坛|峰会|典礼|仪式))在[^，,。；;]{1,30}?(?:举行|召开|举办|开幕)",
            earlier)]
        named = [m.group(0) for m in re.finditer(rf"[^\s，,。；;！？!?:：、]{{2,40}}?{name}", earlier)]
        if not held and not named:
            return False  # no name to judge by
        name = held[-1] if held else named[-1]
    return not (_SELECTION.search(name) or _SELECTING.search(name))


def _other_conference(made: str) -> bool:
    """Whether what the names made (the words after ``主办的``) is a conference whose name speaks of no selection
    (``…论坛暨颁奖典礼``: a forum joined to the awards' ceremony is the competition's own event)."""
    conference = re.match(
        r"[^在于，,。；;]{0,40}?(?:大会|论坛|会议|峰会|年会|博览会|展会|研讨会)(?:暨[^在于，,。；;”」]{1,30})?", made)
    if conference and re.match(r"(?:正式)?(?:启动|起航)", made[conference.end():]):
        return False  # …公益项目大会正式启动: a conference does not launch; a contest called one does
    return bool(conference) and not (_SELECTION.search(conference.group(0)) or _SELECTING.search(conference.group(0)))


def _launchers(text: str) -> list[Organiser]:
    """The bodies that open a clause and launch, run or name a selection (see ``_LAUNCH``): organisers."""
    found: list[Organiser] = []
    brands = _selection_brands(text)
    for sentence in _sentences(text):
        found.extend(_sentence_launchers(_protect_parentheses(sentence), brands))
    return found


# 甲司设立并委托乙委员会组织评选: the body entrusted with running the selection runs it too
_ENTRUSTED = re.compile(r"委托(?P<names>[^，,。；;“”「」]{2,40}?)(?:组织|负责)(?:开展)?(?:评选|遴选|征集)")


def _entrusted(text: str) -> list[Organiser]:
    """The bodies another entrusts with organising its selection (``委托乙会组织评选``): organisers (O1)."""
    found: list[Organiser] = []
    for match in _ENTRUSTED.finditer(text):
        if _all_organisations(match.group("names")):
            found.extend(_organisers(match.group("names"), "organiser"))
    return found


# 经甲部、乙厅和丙局共同研究，…认定某镇等10个乡镇为…示范乡镇: the bodies that decided the selection together.
# (中央农办、农业农村部…等5部门共同审核，拟认定…为…: the bodies that reviewed the list together)
_DECIDED_BY = re.compile(r"(?:经|(?<=[，,]))\s*(?P<names>(?!经)[^，,。；;“”「」]{4,80}?)"
                         r"(?:等[\d一二三四五六七八九十]+个?部门)?"
                         r"(?:共同|联合|集体)?(?:研究|审定|审议|审核)(?:决定|同意)?"
                         r"(?=[，,][^。；;]{0,60}?(?:认定|评为|确定|命名|授予|表彰))")


def _deciders(text: str) -> list[Organiser]:
    """The bodies by whose joint decision (经…共同研究) the text's selection was made: organisers (O1)."""
    found: list[Organiser] = []
    for match in _DECIDED_BY.finditer(text[:1500]):
        if _all_organisations(match.group("names")):
            found.extend(_organisers(match.group("names"), "organiser"))
    return found


def _selection_brands(text: str) -> set[str]:
    """The quoted names the text gives a selection (“某某行动”2020年十佳公众参与案例, “某某”征集): a campaign that
    carries one of them (启动“某某行动”主题系列活动) is the selection's own."""
    return {match.group(1) for match in re.finditer(
        r"[“「]([^“”「」]{4,30})[”」](?=[^，,。；;“”「」]{0,10}?(?:案例|评选|征集|大赛|十佳|十大|先进典型))", text)}


def _sentence_launchers(clauses: list[str], brands: frozenset[str] | set[str] = frozenset()) -> list[Organiser]:
    found: list[Organiser] = []
    for index, clause in enumerate(clauses):
        clause = _CLAUSE_LEAD.sub("", clause.strip())
        # “某某示范街道”是甲司设立…, 改革创新奖是市委市政府今年设立的…: the title is the subject; the body that set
        # it up follows 是
        clause = re.sub(r"^(?:[“「][^“”「」]{2,40}[”」]|[^，,。；;是“”「」]{2,20}(?:奖|评选|大赛|案例))是"
                        r"(?=[\u4e00-\u9fff]{2})", "", clause)
        ahead = _verb_ahead(clauses[index + 1:index + 4])
        for cut in range(2, min(len(clause), 60) + 1):
            names, rest = clause[:cut], clause[cut:]
            if re.match(r"组织\s*[（(][A-Za-z]{2,12}[）)]", rest):
                continue  # 某某组织(UCLG)设立…: the abbreviation closes the name, so 组织 is its last word, not a verb
            launch = _LAUNCH.match(rest)
            if (launch and ahead and _MODIFIERS_ONLY.match(rest)
                    and not _launches_selection(launch.group("verb"), rest[launch.end():])):
                # 甲会联合乙厅召开新闻发布会，宣布启动…: the briefing launches nothing; the next clause does
                launch = None
            if launch:
                launched, between = rest[launch.end():], rest[:launch.start("verb")]
            elif rest and _OWN_WORK.fullmatch(rest) and not _NOT_OWN_WORK.search(rest) and ahead and not ahead[0]:
                # 甲部大力推广某某工作法，向各地征集优秀…: the body goes on, in the next clause, to launch the
                # selection (its subject carried over; the first clause says what else it did, not what it said)
                following = ahead[1]
                launch = _LAUNCH.match(following)
                launched, between = following[launch.end():], following[:launch.start("verb")]
            elif (not rest or _MODIFIERS_ONLY.match(rest)) and ahead:
                # A、B以“…”为主题，举办…: the verb opens a next clause, which names no one of its own; a clause of
                # modifiers only may stand between (A、B等五家媒体，携手C，共同举办…: the partners)
                skipped, following = ahead
                launch = _LAUNCH.match(following)
                launched = following[launch.end():]
                between = "，".join([rest, *skipped, following[:launch.start("verb")]])
            else:
                continue
            # (组织各地开展…申报, 在新区范围内开展…推荐申报: the places below apply; the launcher runs it.)
            others = bool(re.search(_OTHERS_TAKE_PART, between) or _OWN_SCOPE.search(between))
            # (印发了关于…的通知: the document names what it sets up; it publishes no results)
            verb = "印发" if launch.group("document") else launch.group("verb")
            # (启动“某某行动”主题系列活动: a campaign under the name the text gives its selection)
            campaign = verb in ("启动", "发起", "开展", "举办") and re.match(
                r"[^，,。；;“”「」]{0,12}?[“「]([^“”「」]+)[”」][^，,。；;“”「」]{0,8}?活动", launched)
            if (not (_launches_selection(verb, launched, others_take_part=others)
                     or (campaign and campaign.group(1) in brands))
                    or any(_puts_forward(c) for c in clauses[index + 1:]) or not _all_organisations(names)
                    # (某报召开新闻发布会，公布…: a clause of holding a briefing is no name, though it ends in 会)
                    or re.search(r"召开|宣布|发布会|通气会", names)):
                continue
            if re.fullmatch(_PUBLISH_VERB, verb) and _reports_others(names, between):
                continue  # 某报发布…名单: a newspaper reports the results of another's selection
            if _EVENT_NAME.search(names):
                continue  # 某某大会设立了…奖中国赛区: an event is where a selection is held, not a body that runs it
            if _ANCHOR.search(names) or names.count("《") != names.count("》"):
                break  # 由A主办 is read with its anchor elsewhere; 印发《关于开展… is a document's title
            found.extend(_organisers(names, "organiser"))
            found.extend(_launch_partners(between))
            break
    return found


def _verb_ahead(clauses: list[str]) -> tuple[list[str], str] | None:
    """The next clause that opens with a launch verb, with the clauses of modifiers only before it (携手乙 in
    ``A，携手乙，共同举办…``); ``None`` when a clause of other words comes first."""
    skipped: list[str] = []
    for clause in (c.strip() for c in clauses):
        if not clause:
            continue  # a doubled comma leaves an empty clause
        if _LAUNCH.match(clause):
            return skipped, clause
        if not _MODIFIERS_ONLY.match(clause):
            return None
        skipped.append(clause)
    return None


def _reports_others(names: str, between: str) -> bool:
    """Whether the bodies that publish results are news outlets reporting another's selection: an outlet alone
    does; an outlet that publishes its own list jointly (共同/联合发布) with other bodies does not."""
    parts = [_PAREN_TAIL.sub("", part.strip()) for chunk in _LIST_SPLIT.split(names) for part in _split_inner(chunk)]
    outlets = [bool(_OUTLET.search(part)) for part in parts]
    if not any(outlets):
        return False
    return all(outlets) or not re.search(r"共同|联合", between)


def _launches_selection(verb: str, launched: str, *, others_take_part: bool = False) -> bool:
    """Whether what follows the launch verb is a selection the launcher runs (not one it takes part in, nor a
    show of cases); 召开 a meeting that awards; 公布/发布 the results of a selection (its list, its winners)."""
    if verb.endswith("为") and "将" in verb:
        # (同意将甲区等单位确认为…: the designation is the selection's result, whatever its title is called)
        return not _TAKING_PART.search(verb)
    if verb.startswith("对"):
        # (对荣获全国…的单位进行表彰: those honoured won another's selection; the body only rewards them)
        return not _TAKING_PART.search(_QUOTED.sub("", verb))
    held = verb in ("召开", "举行", "举办", "组织", "开展")
    # (组织评选了…项目: the verb itself says it selects, whatever it calls what it chose)
    if not (_SELECTION.search(launched) or verb.endswith("评选了") or (held and _HELD_AWARDS.search(launched))
            # 举行全省首届“…”社区风采秀活动启动仪式: an edition's launch or awards
            or (held and _EDITION_EVENT.search(launched))
            # 联合发布《…综合影响力评估结果通报》: the results of an evaluation or a ranking
            or (re.fullmatch(_PUBLISH_VERB, verb) and re.search(r"评估|排名|排行", launched[:60]))
            # 开展创建“枫桥式公安派出所”活动: a campaign to create the holders of a title, which it then names
            or re.match(r"(?:了)?创建[“「][^“”「」]{2,30}[”」](?:活动|工作)", launched)
            # 公布了2021年度乡村振兴模范党组织名单: a list of the holders of a title of the year is a result
            or (re.fullmatch(_PUBLISH_VERB, verb)
                and re.search(r"(?:19|20)\d{2}年度?[^，,。；;]{2,30}名单", launched[:60]))
            # 揭晓90户“最美家庭”: a count of the honoured, then their title, is a selection's result
            or (re.fullmatch(_PUBLISH_VERB, verb) and re.match(rf"了?{_HONOURED_COUNT}", launched))
            # 印发《关于公布…活动有关情况的通知》: a notice that publishes, names or honours is its selection's result
            or (verb == "印发" and re.match(r"了?《?关于(?:公布|命名|表彰|确认|认定)", launched))):
        return False
    if re.fullmatch(_PUBLISH_VERB, verb) and not _RESULTS.search(launched[:60]):
        return False
    # (a quoted name's own words are not the clause's: “某某发展我参与”作品征集 takes part in nothing)
    unquoted = _QUOTED.sub("", launched)
    taking_part = _TAKING_PART.search(unquoted) and not others_take_part and verb not in _SELECTING_VERBS
    return not (taking_part or (_PRESENTING.search(unquoted) and not _SELECTING.search(launched)))


def _puts_forward(clause: str) -> bool:
    """Whether a later clause says the launcher put entries forward for another's selection (推荐3个项目参加全市评选);
    ``经各地初选报送`` says others put them forward to it."""
    return bool(_PUTTING_FORWARD.search(clause)) and not re.match(r"\s*(?:经过?|通过|由)", clause)


def _notice_issuers(text: str) -> list[Organiser]:
    """Who issued the notice that launched the selection, when the text names no organiser otherwise: ``按照《甲办
    关于组织开展…推选活动的通知》精神，…推选出…`` (the first such notice; the issuers may be spaced apart), or the
    document that gave its results (``《甲部关于…获奖情况的通报》``)."""
    notice = _NOTICE.search(text)
    if not notice or not _SELECTION.search(notice.group("what")):
        # …宣读《甲部关于…获奖情况的通报》: the body that made its selection's results known
        notice = _RESULTS_NOTICE.search(text)
    if not notice or not _SELECTION.search(notice.group("what")):
        return _signed_issuers(text)
    if notice.re is _NOTICE and _PUTTING_FORWARD.search(text[notice.end():]):
        # 根据《甲部关于开展第三批…创建工作的通知》要求，…择优推荐参评全国…: the notice is the higher level's call;
        # the text's own round only puts its choices forward to it
        return []
    if notice.group("issuers"):
        issuers = re.sub(r"\s+", "、", notice.group("issuers").strip())
    else:
        # (根据《某规划》和今年某文件精神以及甲办、乙厅《关于…》: the issuers are the words after the last joining word)
        outside = notice.group("outside")
        issuers = next((names for names in (outside, re.split(r"以及|根据|按照|依据", outside)[-1],
                                            re.split(r"以及|根据|按照|依据|和|及", outside)[-1])
                        if _all_organisations(_ADVERBS.sub("", names))), outside)
    return _organisers(issuers, "organiser") if _all_organisations(_ADVERBS.sub("", issuers)) else []


def _conferrers(text: str) -> list[Organiser]:
    """``某地3个组织被甲部评为“全国先进…”``, ``获乙组织评选为「…」``: the body that conferred the title the opening
    reports runs the selection (O1), unless the text lists several honours so (a work report, a profile: 先后被…,
    曾被…) or it was held before."""
    passives = list(_CONFERRED.finditer(text))
    if len(passives) != 1 or passives[0].start() > _OPENING or not _all_organisations(passives[0].group("names")):
        # 日前，甲部授予200个组织“全国先进…”称号: the same said actively, by one body (or list) in the opening
        givers = {_CLAUSE_LEAD.sub("", m.group("names")) for m in _CONFERRING.finditer(text[:_OPENING])}
        # 甲厅将乙区等16个县区确认为全省某某实验区: a body designating the places it selected, by 将…认定为
        givers |= {_CLAUSE_LEAD.sub("", m.group("names")) for m in _DESIGNATING.finditer(text[:_OPENING])}
        givers = {names for names in givers if _all_organisations(names)}
        return _organisers(givers.pop(), "organiser") if len(givers) == 1 else []
    return _organisers(passives[0].group("names"), "organiser")


def _owners_before_names(text: str) -> list[Organiser]:
    """An organisation written directly before a competition's quoted name (甲部「某某社区选拔」结果出炉, 颁发乙会第8届
    「…奖」) is its organiser (CONVENTIONS.md R5); read in the opening, where the story names the competition."""
    found: list[Organiser] = []
    opening = text[:_OPENING]
    for match in _QUOTED_NAME.finditer(opening):
        if not _SELECTION.search(match.group("name")):
            continue
        before = _CLAUSE_LEAD.sub("", _CLAUSE_SPLIT.split(opening[:match.start()])[-1].strip())
        if re.match(r"(?:决定)?授予", before):
            continue  # 授予某公司“第三届某省改革奖”: the one it is conferred on, not who runs it
        owner = _OWNER_AFTER_VERB.search(before)
        name = owner.group("name") if owner else before
        if (_looks_like_organisation(name) and not _TIME_WORD.search(name) and not _NOT_A_NAME_START.match(name)
                and not _CLAUSE_WORDS.search(name) and not _EVENT_NAME.search(name)
                and not _verb_matches(name, _VERBS)):
            found.extend(_organisers(name, "organiser"))
    # 甲大学2020年某某案例分析大赛决赛于…举行: unquoted, the year or edition marks where the owner's name ends
    for clause in _CLAUSE_SPLIT.split(opening):
        owned = _OWNER_BEFORE_EDITION.match(_CLAUSE_LEAD.sub("", clause.strip()))
        if (owned and _looks_like_organisation(owned.group("owner")) and not _TIME_WORD.search(owned.group("owner"))
                and not _VERB_BEFORE_BODY.match(owned.group("owner"))  # 审议市政协2018年…评选: a verb's object
                and not _CLAUSE_WORDS.search(owned.group("owner")) and not _EVENT_NAME.search(owned.group("owner"))
                and not _verb_matches(owned.group("owner"), _VERBS)
                and not _TAKING_PART.search(clause[clause.find(owned.group("name")):])
                # 进入决赛角逐甲会第二届…大赛金奖: the clause is an entrant's, competing for the prize
                and not _COMPETING_FOR.search(owned.group("owner"))):
            found.extend(_organisers(owned.group("owner"), "organiser"))
    return found


def _set_in_owners(text: str) -> list[Organiser]:
    """``在甲部「某某社区选拔」中，乙市7个社区获奖``: the story is set in the selection of the body written directly
    before its quoted name (R5). Read only when the text names no organiser otherwise: a 主办 said of the same
    selection (在甲网“…”活动中 … 活动由甲网某频道主办) is the stronger word."""
    opening = text[:_OPENING]
    for match in _QUOTED_NAME.finditer(opening):
        if not _SELECTION.search(match.group("name")) or not _SET_IN.match(opening[match.end():]):
            continue
        before = _CLAUSE_SPLIT.split(opening[:match.start()])[-1].strip()
        owner = _OWNER_AFTER_IN.search(before)
        if owner and _looks_like_organisation(owner.group("name")) and not _TIME_WORD.search(owner.group("name")) \
                and not _EVENT_NAME.search(owner.group("name")) and not _verb_matches(owner.group("name"), _VERBS):
            return _organisers(owner.group("name"), "organiser")
    return []


_SIGNATURE_DATE = (r"(?:\d{4}|[〇零一二三四五六七八九十○]{4})年[\d一二三四五六七八九十]{1,2}月"
                   r"[\d一二三四五六七八九十]{1,3}日")


# The formula a notice closes with (现予公示, 特此公告): what precedes its signature.
# (现将拟命名名单予以公示(名单附后)。: where to find the list may be said before the stop)
_NOTICE_CLOSING = re.compile(r"(?:现|特此|现将[^，,。；;]{0,20}?)予?以?(?:公示|公告|公布|通报)(?:如下)?"
                             r"(?:[（(][^（）()]{1,10}[）)])?[。.:：]")


def _signed_issuers(text: str) -> list[Organiser]:
    """A notice that calls for entries in no one's name says who issued it elsewhere: its heading (``甲中心关于“…”
    典型案例征集活动通知``), its page's author field (``作者:乙联合会``) or its signature, the body's name on the last
    line of a text that speaks as that body (本署, 我会)."""
    if not _SELECTION.search(text[:_OPENING * 2]):
        return []
    lines = text.splitlines()[:14]
    for at, line in enumerate(lines[:12]):
        heading = _NOTICE_HEADING.match(line.strip())
        if not heading and "关于" in line:
            # 甲办 乙厅关于命名 / 丙社区等50个社区为“…”的通知: a heading wrapped over two or three lines
            heading = next((h for n in (2, 3) if (h := _NOTICE_HEADING.match(
                "".join(part.strip() for part in lines[at:at + n])))), None)
        issuers = re.sub(r"\s+", "、", heading.group("issuers")) if heading else ""
        if heading and _SELECTION.search(heading.group("what")) and _all_organisations(issuers):
            return _organisers(issuers, "organiser")
    if re.search(r"通知如下|现将有关事项", text):
        author = _AUTHOR_FIELD.search(text[:_OPENING])
        if author and _looks_like_organisation(author.group("name")) and not _OUTLET.search(author.group("name")):
            return _organisers(author.group("name"), "organiser")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # (甲管委会,各镇政府、街道办事处,乙协会: the units may be named before 各, with commas)
    if (re.search(r"^\s*(?:[^。；;：:！？\n]{2,60}[，,、])?各(?!位)[^。；;：:\n]{2,60}[:：]\s*$", text, re.MULTILINE)
            or _NOTICE_CLOSING.search(text)):
        # a notice addressed to units (各市农业农村局:), or one that closes with its formula (现予公示), is signed by
        # its issuer over the date, wherever the page's footer puts the pair (under it: the list it made public, a
        # disclaimer, a link list)
        signed = [_signers_above(lines, at) for at, line in enumerate(lines) if re.fullmatch(_SIGNATURE_DATE, line)]
        signed = [signers for signers in signed if signers]
        if len(signed) == 1:
            return [organiser for line in signed[0] for organiser in _organisers(line, "organiser")]
    while lines and re.fullmatch(r"[\d〇零一二三四五六七八九十○年月日\s./-]+", lines[-1]):
        lines.pop()  # the date under the signature
    if lines and _looks_like_organisation(lines[-1]) and len(lines[-1]) <= 20 \
            and re.search(f"[本我]{re.escape(lines[-1][-1])}", text):
        return _organisers(lines[-1], "organiser")
    return []


def _signers_above(lines: list[str], at: int) -> list[str]:
    """The lines of bodies that sign a notice over its date line ``at``: each short line that is only names (甲局
    乙局, spaced, on one line; 丙办 on the next), up to the first line that is not."""
    signers: list[str] = []
    for line in reversed(lines[max(0, at - 3):at]):
        parts = line.split()
        if len(line) > 40 or not all(len(part) <= 20 and _looks_like_organisation(part) for part in parts):
            break
        signers.insert(0, "、".join(parts))
    return signers


def _launch_partners(between: str) -> list[Organiser]:
    """The partners a launcher joined (A联合乙、丙举办…, A会同乙开展…), read from the words between the launcher and
    its verb: organisers too, those of them that are organisations (四川省直有关部门 is none)."""
    # (成立联合工作小组: that 联合 names the group, not a partner)
    joined = list(re.finditer(r"(?<!成立)(?<!成立了)(?:联合|会同|携手)([^，,。；;]+)", between))
    if not joined:
        return []
    partners = joined[-1].group(1)
    # 联合乙大学于今年共同组织开展: the words after the last partner belong to the verb (the first cut that leaves
    # only a launch's modifiers after a list of bodies)
    cut = next((end for end in range(2, len(partners) + 1)
                if _all_organisations(partners[:end]) and _MODIFIERS_ONLY.match(partners[end:])), None)
    return _organisers(partners[:cut] if cut else partners, "organiser")


def _all_organisations(names: str) -> bool:
    parts = [p for chunk in _LIST_SPLIT.split(names) for p in _split_inner(chunk.strip())]
    return bool(parts) and all(_looks_like_organisation(_PAREN_TAIL.sub("", _unquoted(p))) for p in parts)


def _without_past_founders(found: list[Organiser]) -> list[Organiser]:
    """Who founded a series (于2000年由A、B联合创办) organises it unless the text says who organises it now
    (从第五届开始由C主办): then the founders are its history, not this edition's organisers."""
    if any(o.role == "organiser" for o in found):
        return [o for o in found if o.role != "founder"]
    return [Organiser(o.name, "organiser", o.printed) if o.role == "founder" else o for o in found]


def _joint_makers(text: str, found: list[Organiser]) -> list[Organiser]:
    """Two parties at the head of a clause who made a publication together (see ``_JOINT_MAKING``): the first is
    the organiser unless an organiser already found is the same body under a longer name; the second is the
    co-organiser."""
    makers: list[Organiser] = []
    for clause_start in (0, *(m.end() for m in re.finditer(r"[，,；;。！？!?\n]", text))):
        clause = text[clause_start:clause_start + 60]
        for join in _PARTNER_JOIN.finditer(clause):
            first = clause[:join.start()]
            if _CLAUSE_SPLIT.search(first):
                break
            first = _TIME_LEAD.sub("", first)  # 2018年初开始A和B…
            lead = _party(first, text)
            if not lead:
                continue
            # the longest name that the making verb follows: 浙江大学公共管理学院, not 浙江大学
            partner = next((_party(clause[join.end():end], text) for end in range(len(clause), join.end() + 1, -1)
                            if _party(clause[join.end():end], text) and _JOINT_MAKING.match(clause[end:])), None)
            if not partner or partner == lead:
                continue
            generic = len(first) <= 3  # 研究院与金山区…: the body named before, not a new one
            if not generic and not any(o.role == "organiser" and o.name.endswith(lead) for o in (*found, *makers)):
                makers.append(Organiser(lead, "organiser", first))
            makers.append(Organiser(partner, "co-organiser", partner))
            break
    return makers


def _party(printed: str, text: str) -> str | None:
    """An organisation's canonical name, or a government named by its place: a Shanghai district takes
    上海市 when the text is about Shanghai (金山区 -> 上海市金山区); a district with its city stays as printed."""
    printed = _LEAD.sub("", printed.strip())
    if _looks_like_organisation(printed):
        return canonical_organisation(printed)
    if not _PLACE_NAME.match(printed):
        return None
    districts = find_districts(printed)
    if districts == [printed] and "市" in printed:
        return printed  # 杭州市上城区
    if districts and printed.removeprefix("上海市") == districts[0] and "上海" in text:
        return "上海市" + districts[0]
    return None


def _with_places(found: list[Organiser], text: str, site: str = "") -> list[Organiser]:
    """Give a name written with a bare 区/市/县 (区民政局, 市委组织部) the place the text's other names are in
    (徐汇区社区治理工作领导小组办公室 -> 徐汇区), when there is exactly one such place; else a name written with a
    bare 省 (or 市 of a municipality) the province the text writes it with elsewhere (省民政厅 in the story,
    甲省民政厅 signing it), when it writes it with exactly one."""
    places: dict[str, set[str]] = {}
    for organiser in found:
        match = _PLACE_PREFIX.match(organiser.name)
        # (北京冬奥会城市运行…指挥部: a name that runs on to 城市 names no city)
        if match and not _NOT_A_CITY.search(match.group(1)[-2:]):
            places.setdefault(match.group(2), set()).add(match.group(1))
    result = []
    region = _story_region(text)
    for organiser in found:
        zone = re.match(r"(?:经开区|高新区|开发区)(?=[\u4e00-\u9fff]{2,})", organiser.name)
        # 甲市经开区工委办主办，经开区乙委员会协办: a development zone written short is the one the other names are in
        owners = {other.name[:other.name.find(zone.group(0))] for other in found
                  if zone and other.name.find(zone.group(0)) >= 2} if zone else set()
        if len(owners) == 1 and _PLACE_NAME.match(next(iter(owners)) + "市"):
            organiser = Organiser(canonical_organisation(next(iter(owners)) + organiser.name), organiser.role,
                                  organiser.printed)
            result.append(organiser)
            continue
        if region and organiser.name.removeprefix("中共").startswith("自治区"):
            # 自治区文明办 in a story about one autonomous region: that region's (R1)
            organiser = Organiser(canonical_organisation(organiser.name.replace("自治区", region, 1)), organiser.role,
                                  organiser.printed)
            result.append(organiser)
            continue
        short = _SHORT_PLACE.match(organiser.name)
        if short and len(places.get(short.group(1), ())) == 1:
            place = next(iter(places[short.group(1)]))
            named = place + organiser.name[short.end(1):]
            organiser = Organiser(canonical_organisation(named), organiser.role, organiser.printed)
        elif _DEPARTMENT_ALONE.fullmatch(organiser.name):
            organiser = _department_in_full(organiser, text)
        elif short and _government_in_full(organiser.name, text):
            organiser = Organiser(_government_in_full(organiser.name, text), organiser.role, organiser.printed)
        elif short:
            organiser = _in_full_elsewhere(organiser, text)
            bare_level = organiser.name.removeprefix("中共")[0] in "新省市区县"
            place = story_place(short.group(1), text) if bare_level else None
            if bare_level and not place and site:
                # (区民政局 on a district's own site: its sponsors or its paper name the place)
                place = story_place(short.group(1), site)
            if place:
                named = place + organiser.name[short.end(1):]
                organiser = Organiser(canonical_organisation(named), organiser.role, organiser.printed)
        result.append(organiser)
    return result


_MUNICIPALITIES = ("北京", "上海", "天津", "重庆")
# The five autonomous regions by their short names, with the full names their offices are written with.
_REGIONS = {"内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区",
            "新疆": "新疆维吾尔自治区"}


def _story_region(text: str) -> str | None:
    """The one autonomous region the story's opening names (广西, 宁夏回族自治区), in full; ``None`` for none or two."""
    opening = text[:1500]
    named = {full for short, full in _REGIONS.items() if short in opening}
    return named.pop() if len(named) == 1 else None
# A department named by what it does alone (民政厅, 司法局) or by its level alone (省厅): no place in it.
_DEPARTMENT_ALONE = re.compile(r"省厅|(?![省市区县州中国全])(?:(?!省|市|区|县)[\u4e00-\u9fff]){2,6}[厅局]")
# A place of a level written where a word starts (after a mark, a province or a particle): 芜湖市, 在繁昌县.
_WORD_PARTICLES = "省、和与及在由从是向对为的自"
_WORD_START = rf"(?:(?<![\u4e00-\u9fff])|(?<=[{_WORD_PARTICLES}]))"
# …and what ends no place's name at that level: 全市/本市/我区 (the story's place, unnamed), 智慧城市, 社区, 园区,
# 开发区, 山区 (鞍山市 is a city: the list is per level).
_NOT_A_PLACE_END = {"市": "全本我该各城超大治", "县": "全本我该各郊", "新区": "全本我该各",
                    "区": "全本我该各社小园校景辖片郊山地街商发范验能护新"}
# …nor is one read before what makes the level a word of its own: 市民, 市场 (广大市民 names no city).
# (县长某某, 某某县长: an official's title after a person's name, no county)
_NOT_A_PLACE_AFTER = {"市": "民场面值长", "县": "长", "区": "长"}
# …nor opens it: a particle, a date's last word or a body's (由团市委…, 10日从市委宣传部获悉).
_NOT_A_PLACE_START = "由从在和与及对向为是的了将把被日月年度团据经今全本我该各个"
# …nor is a verb that takes a body as its object (审议市政协…, 审议了市政协…: 审议 recurs, it is no city).
_VERB_BEFORE_BODY = re.compile(r"审议|听取|召开|出席|参加|邀请|批准|提交|报送|通过|联合|会同|配合|协助|委托")


def _province_of_districts(opening: str) -> str | None:
    """The one province the districts an opening names (平城区…新荣区) are all in, when they name no city: a city's
    paper lists its winners by district."""
    named = {match.group(1)[start:] for match in re.finditer(r"(?=([\u4e00-\u9fff]{2,4}区))", opening)
             for start in range(len(match.group(1)) - 2) if match.group(1)[start:] in urban_district_names()}
    provinces = {province_of_district(name) for name in named}
    return provinces.pop() if len(provinces) == 1 and None not in provinces else None


@cache
def _long_city_names() -> tuple[str, ...]:
    """The cities whose bare name runs past three characters (呼和浩特), longest first."""
    return tuple(city for city in city_names() if len(city) > 3)


def story_place(level: str, text: str) -> str | None:
    """The one place of ``level`` (省, 市, 区 or 县) that the opening of the story names, for a name written with
    the bare level (市民政局 in a story about one city): ``None`` when it names none or more than one."""
    opening = text[:1500]
    if level == "省":
        places = {name + "省" for name in province_names()
                  # (征集甲省…: a province written with its level is one wherever it stands)
                  # (2023年湖北新时代…大赛: a year may stand right before the province)
                  if name not in _MUNICIPALITIES and re.search(rf"(?:{_WORD_START}|(?<=\d年)){name}|{name}省", opening)}
        if not places:
            # 随州市…省民政厅: a city's story that never names its province; the city tells which (a 省, not a
            # region or a municipality, whose offices are not called 省…).
            city = story_place("市", text)
            province = province_of_city(city) if city else _province_of_districts(opening)
            return province if province and province.endswith("省") else None
        return next(iter(places)) if len(places) == 1 else None
    levels = (level, "新区") if level == "区" else (level,)  # (甲新区 is a district too)
    # Written where a word starts (在繁昌县), or anywhere when the place's own name recurs without its level (展示铜陵市
    # …铜陵为…): a story about a place names it again and again, often bare.
    places: dict[str, str] = {}
    starts: set[str] = set()  # the names written at least once where a word starts
    editions: dict[str, str] = {}  # the places that open a competition's name (甲市第二届…)
    for at in levels:
        after = f"(?![{_NOT_A_PLACE_AFTER[at]}])" if at in _NOT_A_PLACE_AFTER else ""
        for match in re.finditer(rf"(?=([\u4e00-\u9fff]{{2,3}}){at}{after})", opening):
            candidates: list[tuple[str, bool]] = []
            names = {match.group(1), match.group(1)[1:]} - {""}
            # (攀枝花市东区: a district written after its city's 市 is the words after it, however short)
            inner = re.search(r"市(?=[\u4e00-\u9fff]{1,2}$)", match.group(1)) if at == "区" else None
            tail = match.group(1)[inner.end():] if inner else ""
            if inner:
                names = {tail} if len(tail) > 1 or tail + at in urban_district_names() else set()
            # (呼和浩特市: a city's name longer than three characters is read whole, not as 和浩特 or 浩特)
            end = match.start() + len(match.group(1))
            longer = at == "市" and next((city for city in _long_city_names()
                                          if opening.startswith(city, end - len(city))), None)
            for name in {longer} if longer else names:
                start = match.start() + len(match.group(1)) - len(name)
                # (a shop front, 门市部 / 门市房, is no city; 荆门市, 厦门市 are)
                shop = at == "市" and name[-1] == "门" and re.match(r"[部房价]", opening[start + len(name) + 1:])
                # (老城区, 主城区, 中心城区 are parts of a city; 西城区, 东城区 are districts)
                town = at == "区" and re.search(r"(?:老|新|主|中心|全|市|县|旧|城)城$", name)
                # (金山区, 中山区: a district whose name ends like a word, 山区, is known by its full name)
                common_end = name[-1] in _NOT_A_PLACE_END[at] and name + at not in urban_district_names()
                if ((len(name) < 2 and name != tail) or shop or town or common_end or name[0] in _NOT_A_PLACE_START
                        or name.startswith(province_names()) or name[1:].startswith(province_names())
                        # (调研报告以及市政府…: a conjunction or particle runs into the level, no place)
                        or re.search("[届批第及的了奖赛]", name) or _VERB_BEFORE_BODY.search(name)):
                    continue
                if word_starts_at(opening, start, _WORD_PARTICLES):
                    starts.add(name)
                # (written once, it must open a competition's name: 芜湖市首届…大赛; 共收到县直… names no county)
                edition = re.match(rf"{at}(?:首届|第[一二三四五六七八九十\d]{{1,3}}[届批])",
                                   opening[start + len(name):])
                # (举办甲市首届…大赛: the verb that holds it may stand right before the competition's name)
                held = re.search(r"(?:举办|举行|开展|启动|组织)$", opening[:start])
                if opening.count(name) > 1 or ((word_starts_at(opening, start, _WORD_PARTICLES) or held) and edition):
                    places.setdefault(name + at, name)
                if edition:
                    candidates.append((name, word_starts_at(opening, start, _WORD_PARTICLES) or bool(held)))
            # (举办甲市首届…: of 办甲 and 甲, the one the verb stands before; 赛乙市第二届…: 乙, when 赛乙 is none)
            for name, started in candidates:
                if started or len(candidates) == 1:
                    editions.setdefault(name + at, name)
    # (铜陵 written alone where a word starts: 记者获悉,铜陵为…)
    starts |= {name for name in places.values() if re.search(rf"(?:^|[^\u4e00-\u9fff]){name}", opening)}
    if level == "市":
        places |= {name + "市": name for name in _MUNICIPALITIES if name in opening}
        starts |= set(_MUNICIPALITIES)
    # (驻马店市 is read as 马店 too: the longer name holds the shorter; but 市盐田区 is 盐田区 written after a city's
    # 市, so there the shorter stands and the longer goes)
    after_level = {name for name in places.values() if name[0] in "省市县" and name[1:] in places.values()}
    places = {place: name for place, name in places.items()
              if name not in after_level
              and (name in {other[1:] for other in after_level}
                   or not any(other != name and other.endswith(name) for other in places.values()))}
    editions = {place: name for place, name in editions.items()
                if not any(other != name and other.endswith(name) for other in editions.values())}
    # The one place a competition's own name opens with (甲市第二届…大赛) is the story's, before any that recurs: a
    # mirror's scrambled words may recur before a level too (乙丙市直机关工委, 乙丙经评选…).
    if len(editions) == 1 and level != "省":
        return next(iter(editions))
    # A place recurs in a story about it, written at least once where a word starts; a word that happens to end
    # before 市 or 县 (共收到县委…, 局委托市…) does not. With several candidates, the one that recurs; with one, it may
    # be written once.
    recurring = [place for place, name in places.items() if opening.count(name) > 1 and name in starts]
    if len(recurring) == 1:
        return recurring[0]
    if len(places) == 1 and not recurring:
        return next(iter(places))
    return _city_named_bare(opening) if level == "市" and not places else None


# What follows a city's bare name when it names something else: a road, a university, a community, a district.
_NOT_THE_CITY_AFTER = re.compile(r"[路街道村镇乡区县]|大学|学院|社区|小区|花园|广场|公园")
_CITY_PAPER = re.compile(r"日报|晚报|新闻|广播|电视|融媒")


def _city_named_bare(opening: str) -> str | None:
    """The one city a story that never writes 某市 names bare (a city paper's 邢台日报 … 邢台经济社会…): a known city
    whose name recurs, or titles the paper, and no other city so named."""
    named = [name for name in city_names() if name in opening]
    found = set()
    for name in named:
        if any(name != other and name in other for other in named):
            continue  # (a longer city the story names holds this one)
        hits = [m for m in re.finditer(name, opening) if not _NOT_THE_CITY_AFTER.match(opening, m.end())]
        # (2025年度某市社会工作…: a known city written once with its level is named too)
        if (len(hits) > 1 or any(_CITY_PAPER.match(opening, m.end()) or opening.startswith("市", m.end())
                                 for m in hits)):
            found.add(name + "市")
    return next(iter(found)) if len(found) == 1 else None


def _department_in_full(organiser: Organiser, text: str) -> Organiser:
    """A department named without its place (民政厅, 司法局) or by its level alone (省厅, the province's department
    the story is about), written in full once elsewhere in the text (甲省民政厅, a notice's heading 乙省司法厅关于…):
    that full name, when the text writes exactly one. A 厅 is a province's (the place must be one); a 局 a city's,
    a district's or a county's."""
    name = organiser.name
    bare = name.removeprefix("省")
    if name.endswith("厅"):
        places = "|".join(p for p in province_names() if p not in _MUNICIPALITIES)
        pattern = rf"(?:{places})省" + (r"[\u4e00-\u9fff]{1,8}?厅" if bare == "厅" else re.escape(bare))
    elif name.startswith("省"):
        return organiser
    else:
        # (the place where a word starts: after a mark or a particle, 从甲市民政局获悉)
        pattern = (r"(?:(?<=[^\u4e00-\u9fff]|[在由从是向对为的和与及])|^)[\u4e00-\u9fff]{2,3}?(?:市|区|县)"
                   + re.escape(bare))
    full = {match.group(0) for match in re.finditer(pattern, text, re.MULTILINE)}
    if len(full) != 1:
        return organiser
    return Organiser(canonical_organisation(next(iter(full))), organiser.role, organiser.printed)


def _government_in_full(name: str, text: str) -> str | None:
    """A government's office named with its bare level (市政府研究室), written in full where a word starts
    elsewhere in the text, with its place and perhaps 人民 (甲市人民政府研究室 heading a notice): that full name,
    when the text writes exactly one."""
    short = re.match(r"^(市|区|县)政府([\u4e00-\u9fff]{2,12})$", name)
    if not short:
        return None
    level, office = short.groups()
    full = {match.group(0) for match in re.finditer(
        rf"(?:(?<=[^\u4e00-\u9fff])|^)[\u4e00-\u9fff]{{2,3}}?{level}(?:人民)?政府{re.escape(office)}", text,
        re.MULTILINE)}
    return canonical_organisation(full.pop()) if len(full) == 1 else None


def _in_full_elsewhere(organiser: Organiser, text: str) -> Organiser:
    """A name opening with a bare 省 or 市, written in full elsewhere in the text with one province (or a
    municipality: 北京市, 上海市) before it: that full name. A city below a province is not read so (its name has no
    list to check against)."""
    bare = organiser.name.removeprefix("中共")
    level, rest = bare[0], bare[1:]
    places = set()
    for match in re.finditer(rf"([\u4e00-\u9fff]{{2,3}}){level}{re.escape(rest)}", text):
        # the three characters before may hold a preposition (向甲省…): keep the province alone
        place = next((p for p in (match.group(1), match.group(1)[1:]) if p in province_names()), None)
        if place:
            places.add(place)
    if len(places) != 1:
        return organiser
    return Organiser(canonical_organisation(next(iter(places)) + bare), organiser.role, organiser.printed)


def canonical_organisation(name: str) -> str:
    """The name govcases shows for an organisation (its parenthesised second name dropped, 中共 before a Party
    committee, short forms expanded, the alias table applied)."""
    # (spaces go between Chinese characters, where they are layout; between Latin words they part the words)
    name = re.sub(r"\s+", " ", name).strip()
    name = re.sub(r"(?<![A-Za-z0-9.,&'’-])\s|\s(?![A-Za-z0-9(&'’])", "", name).replace("（", "(").replace("）", ")")
    # 区“两邻办”, 甲大学“某某之家”德育基地: a body's short name or a brand quoted inside its name is written without
    # the quotes
    if re.search(r"[\u4e00-\u9fff][“「][^“”「」]+(?:[”」][\u4e00-\u9fff]*)?$", name):
        name = re.sub(r"[“”「」]", "", name)
    name = _PAREN_TAIL.sub("", name)
    # 中华人民共和国民政部, 国家农业农村部: a ministry named with its state is the ministry (国家安全部 is its name).
    name = re.sub(r"^(?:中华人民共和国|国家(?!安全部))(?=[\u4e00-\u9fff]{2,8}部$)", "", name)
    # 《某某时报》社, 《某刊》杂志: a publisher named by its title is written both with the marks and without
    # (某某时报社); one form, without them (a title inside a longer name keeps its marks: 人民日报《民生周刊》)
    name = re.sub(r"^《([^《》]+)》(?=[\u4e00-\u9fff]{0,3}$)", r"\1", name)
    # 甲省中共乙县委员会: the province written before the Party committee is where it is, not its name; and a place's
    # Party committee written in full (中共乙县委员会) is the one written short (中共乙县委)
    name = re.sub(r"^[\u4e00-\u9fff]{1,3}省(?=中共)", "", name)
    name = re.sub(r"^(中共[\u4e00-\u9fff]{1,8}?[省市区县])委员会$", r"\1委", name)
    if _PARTY_COMMITTEE.match(name) and not name.startswith("中共"):
        name = "中共" + name
    for short, full in _SUFFIX_FOLDS:
        if name.endswith(short):
            name = name[: -len(short)] + full
    return _alias_table().get(name, name)


def organisation_aliases(name: str) -> list[str]:
    """Other names the alias table knows for the canonical ``name``."""
    return sorted(alias for alias, canonical in _alias_table().items() if canonical == name and alias != name)


def _protect_parentheses(text: str) -> list[str]:
    """The text's clauses, with commas inside brackets or quotes kept from splitting a name (and a list kept whole
    where a stray comma stands before its 、)."""
    depth = opened_at = 0
    clauses, current = [], []
    for char in text:
        # (a quoted name is kept whole too: “美丽中国,我是行动者”先进典型名单 is one object)
        if char in "（(“「":
            depth, opened_at = depth + 1, len(current)
        elif char in "）)”」":
            depth = max(0, depth - 1)
        if depth and len(current) - opened_at > 60:
            depth = 0  # a bracket never closed (a cut-off text) must not swallow the rest
        if depth == 0 and _CLAUSE_SPLIT.match(char):
            clauses.append("".join(current))
            current = []
        else:
            current.append(char)
    clauses.append("".join(current))
    # A mirror that doubles punctuation writes A,、B联合主办: a clause never opens with 、, so it goes on the list of
    # the clause before (the comma is the mirror's, not the writer's).
    merged: list[str] = []
    for clause in clauses:
        if merged and clause.lstrip().startswith("、") and merged[-1].strip():
            merged[-1] += clause.lstrip()
        else:
            merged.append(clause)
    return merged


def _clause_organisers(clause: str, verbs: tuple[tuple[str, str], ...], *,
                       about_selection: bool = True) -> list[Organiser]:
    """The organisations of one clause: for each role word, the list of names written before it.

    ``about_selection``: the clause's sentence speaks of a selection or of organising one; without it, 在A指导下
    and 在A支持下 name no guide or supporter.
    """
    found = []
    position = 0
    for match in sorted(_verb_matches(clause, verbs), key=lambda m: m[0].start()):
        verb, role = match
        if verb.start() < position:
            continue
        before = clause[position:verb.start()]
        # The list starts after 由 or 在 (本次评选由A、B主办; 在A指导下), else at the clause's start.
        anchors = sorted([*_ANCHOR.finditer(before), *_SHI_ANCHOR.finditer(before)], key=lambda m: m.start())
        if _ROLE_NOUN.match(verb.group(0)):
            anchors = sorted([*anchors, *_YI_ANCHOR.finditer(before)], key=lambda m: m.start())
        # 由甲院发起，联合乙会、丙集团共同组织: the partners joined in a clause of their own, 联合 opening it
        joined = re.match(r"\s*联合(?=[\u4e00-\u9fff])", before) if role == "organiser" and not anchors else None
        if verb.group(0).endswith("组织") and not anchors and not joined:
            continue  # a bare 组织 names its organiser only after 由 (由A组织); else it is a noun (…的社会组织)
        if verb.group(0).endswith("推出") and not (anchors and _SELECTION.search(clause)):
            continue  # 推出的 credits a selection (…榜是A推出的), not any product, and only after 是/由
        if re.fullmatch(_JOINTLY_PUBLISHED, verb.group(0)) and not (
                any(anchor.group(0) == "由" for anchor in anchors)
                and (_SELECTION.search(clause) or _RESULTS.search(clause))):
            continue  # 由A、B共同发布 (the subject a selection's results); not a report or a plan jointly issued
        if re.fullmatch(_SELECTED_BY, verb.group(0)) and not (anchors and anchors[-1].group(0) == "由"):
            continue  # 由A评选的 names who selected; 本次评选的… and 甲市评选出 are read elsewhere
        if re.fullmatch(_STARTED, verb.group(0)) and not (
                anchors and anchors[-1].group(0) == "由" and _SELECTION.search(clause)):
            continue  # 由A启动 starts a selection; 工作全面开展, 在A指导下开展 name no one who runs one
        # (a comma inside a quoted name does not end what was made: 的“美丽中国,我是行动者”先进典型征集)
        after = _QUOTED.sub(lambda quoted: re.sub(r"[，,]", "", quoted.group(0)), clause[verb.end():])
        made = re.match(r"的([^，,。；;]*)", after)
        if (made and role != "supporter" and "是" not in before and not _SELECTION.search(made.group(1))
                and not _EVENT.search(made.group(1))):
            # 乙署举办的“恐龙”展览: the names made an exhibition (a winner's project), not the competition. (X是A推出的
            # and a book 是A组织编写的 say what X is: the subject decides, see below.)
            position = verb.end()
            continue
        if made and role != "supporter" and _ENTRY_WINS.match(_QUOTED.sub("“”", made.group(1))):
            # 由甲学院团委举办的“某某”项目荣获金奖: the names ran an entry that won, not the competition
            position = verb.end()
            continue
        if role == "host" and made and _HANDLED_CASE.match(made.group(1)):
            # 甲中心承办的《…》等40个典型案例, 各律师事务所承办的法律援助案件: 承办 handles a (legal) case there, it
            # hosts no event
            position = verb.end()
            continue
        if made and role != "supporter" and _other_conference(made.group(1)):
            # 由A、B联合主办的“2022某某发展高峰论坛”在…举行: A and B ran the forum the selection's awards were given
            # at, not the selection (``_other_event`` reads the same of 本届大会由A主办).
            position = verb.end()
            continue
        if ((anchors and anchors[-1].group(0) == "在" and role in ("guide", "supporter")) or verb.group(0) == "主管") \
                and not about_selection:
            # 该中心由区民政局主管 says who oversees a body's everyday work, not an event
            position = verb.end()
            continue
        within = re.match(r"的[^，,。；;]{2,60}?中(?![心国华])", after)
        if (anchors and anchors[-1].group(0) == "在" and role == "organiser" and within
                and _SELECTION.search(within.group(0))):
            # 在甲部组织开展的…先进典型征集活动中: the names ran the selection the sentence is set in
            names = before[anchors[-1].end():]
        elif anchors and anchors[-1].group(0) == "在" and role not in ("guide", "supporter"):
            # 在A指导下 / 在A支持下 name a guide or supporter; 仪式在A举办 names where it was held, not who held it,
            # and in 由B在A举办 the names are B's, between 由 and 在.
            names = before[anchors[-2].end():anchors[-1].start()] if len(anchors) > 1 else ""
        elif joined:
            names = before[joined.end():]
        else:
            names = before[anchors[-1].end():] if anchors else _DATELINE.sub("", before)
        if "》" in names:  # 《书名》是研究院组织编写的…: the names follow 是
            names = re.sub(r"^.*?(?:是|为)(?=[\u4e00-\u9fff]{4,})", "", names)
        found.extend(_organisers(names, role, role_list=True))
        position = verb.end()
    return found


def _verb_matches(clause: str, verbs: tuple[tuple[str, str], ...]) -> list[tuple[re.Match[str], str]]:
    return [(m, role) for pattern, role in _compiled(verbs) for m in pattern.finditer(clause)]


@cache
def _compiled(verbs: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The verb table with its patterns compiled once (it is read for every clause of every page)."""
    return tuple((re.compile(pattern), role) for pattern, role in verbs)


# 甲、乙、丙10家单位主办: the number of bodies listed, written right after the last name
_COUNTED_TOTAL = re.compile(r"(?<=[\u4e00-\u9fff])(?:\d{1,3}|[一二三四五六七八九十]{1,3})[家个]"
                            r"(?:单位|部门|部委|机构)$")
# 甲省委省政府 (甲市委市政府, 甲县委县政府): the committee and the government of one place, listed as one entry
_PARTY_AND_GOVERNMENT = re.compile(r"^((?:(?![省市区县])[\u4e00-\u9fff]){2,6})?([省市区县])委\2(?:人民)?政府$")
# 甲乙生产建设兵团团委, 甲集团党委: a corps or a group written in full before one of its offices; the next name in the
# list that opens with the short head alone (兵团文明办, 集团工会) is that parent's office (O4)
_CORPS = re.compile(r"^([\u4e00-\u9fff]{2,12}(?:兵团|集团))(?=[\u4e00-\u9fff]{2,6}$)")
_CORPS_UNIT = re.compile(r"[\u4e00-\u9fff]{0,4}(?:团委|党委|工会|妇联|办公室|文明办|[办局委处部])")
# 甲中心(的)运营机构乙中心 / 执行机构 / 承接单位: an appositive that names who runs the first body for it
_OPERATOR_FOR = re.compile(r"^[^、，,]{2,40}?(?:的)?(?:运营|执行|承接|托管)(?:机构|单位|方)(?=[\u4e00-\u9fff]{4,})")


def _organisers(names: str, role: str, *, whole_line: bool = False, role_list: bool = False) -> list[Organiser]:
    """Split a printed list of names and keep those that look like organisations.

    ``whole_line``: the names stand alone on a line under a role heading, so a 的 inside one is the name's own
    (建构某某的知识体系联盟), not a phrase's. ``role_list``: the names are the list a role word closes (A、B、C承办),
    so one short brand among two or more organisations (甲协会、乙中心、公益某城承办) is a name too.
    """
    # 《甲》《乙》杂志社: two journals' offices sharing the noun after their titles
    names = re.sub(r"《([^《》]{2,12})》\s*《([^《》]{2,12})》\s*(杂志社|编辑部|报社)", r"\1\3、\2\3", names)
    names = _ADVERBS.sub("", _LEAD.sub("", _SHORT_NAME_NOTE.sub("", names).strip()))
    names = _APPOSITIVE.sub("", _JOINED_VERB.sub("", names))
    names = _COUNTED_TOTAL.sub("", names)
    names = _ADVERBS.sub("", _TRAILING_TIME.sub("", names))
    names = _LEADING_TIME.sub("", names)
    parts = [p for chunk in _LIST_SPLIT.split(names) for p in _split_inner(_LEAD.sub("", chunk.strip()))]
    parts = [_without_venue(part) for part in parts]
    # 甲省委省政府, 市委市政府: a place's Party committee and its government, two bodies written as one (O4: one body
    # an entry; two labellers split it alone as in a list, rounds 29-30)
    parts = [two for part in parts for two in _PARTY_AND_GOVERNMENT.sub(r"\1\2委、\1\2政府", part).split("、")]
    # 甲中心运营机构乙中心承办: the body that runs another for it is the one named last, the first only its post
    parts = [_OPERATOR_FOR.sub("", part) for part in parts]
    parts = _without_stray_places(parts)
    brand = _listed_brand(parts) if role_list else None
    found = []
    parent = place = inner = committee = government = corps = None
    for printed in parts:
        titled = _TITLED_OUTLET.fullmatch(_FURNITURE.sub("", printed.strip()))
        printed = _ADVERBS.sub("", _unquoted(_FURNITURE.sub("", _unquoted(printed))))
        bare = _PAREN_TAIL.sub("", printed)
        if _is_place_party(bare) and re.search(re.escape(printed) + "[与和同及]", names) and any(
                _looks_like_organisation(_PAREN_TAIL.sub("", _unquoted(other))) for other in parts):
            # 由甲市与乙组织共同发起: a government named by its place, joined to another party, is a party too
            found.append(Organiser(canonical_organisation(printed), role, printed))
            continue
        if titled:
            # 由《某某经济报道》联合乙集团主办: a title alone in a list of organisers is the outlet that publishes it
            found.append(Organiser(canonical_organisation(bare), role, bare))
            parent = place = None
            continue
        printed, bare = _run_in_dropped(printed), _run_in_dropped(bare)
        if not _looks_like_organisation(bare, whole_line=whole_line) and printed != brand:
            continue
        level = _LEVEL_LED.match(bare)
        if parent and _BARE_SUBUNIT.search(bare) and not _PLACE_OR_NATION.search(bare):
            printed = parent + printed
        elif committee and _PARTY_DEPARTMENT.match(bare):
            printed = committee + printed  # 中共甲区区委组织部、宣传部: the second is the same committee's
        elif level and inner and inner.endswith(level.group(1)):
            printed = inner + printed[len(level.group(1)):]  # 甲路街道办事处联合街道社工站: the same 街道's
        elif government and _BARE_OFFICE.match(bare) and not _LIST_PLACE.match(bare):
            printed = government + printed  # 甲特区政府教育局、保安局: the second is the same government's bureau
        elif place and _BARE_OFFICE.match(bare) and not _LIST_PLACE.match(bare):
            printed = place + printed
        elif corps and bare.startswith(corps[-2:]) and _CORPS_UNIT.fullmatch(bare[2:]):
            printed = corps + printed[2:]  # 甲乙建设兵团团委、兵团文明办: the second is the same corps' office
        placed = _LIST_PLACE.match(printed.removeprefix("中共"))
        place = placed.group(1) if placed else place
        inner = _inner_place(printed)
        party = _PARTY_PARENT.match(printed)
        committee = party.group(1) if party else None
        governed = _GOVERNMENT_PARENT.match(printed)
        government = governed.group(1) if governed else None
        match = _PARENT.match(_PAREN_TAIL.sub("", printed))
        parent = match.group(1) if match else None
        corps_match = _CORPS.match(printed)
        corps = corps_match.group(1) if corps_match else None
        found.append(Organiser(canonical_organisation(printed), role, printed))
    return found


# Words for people, the public or a kind of body, never a brand's name.
_PEOPLE_OR_KINDS = re.compile(r"[的等各界们人者众民员生]|爱心|企业|家庭|团队|青年|群体|力量|代表|党员|专家|单位"
                              r"|部门|机构|热心|社会|广大|全体|所有|多家|其他|有关|相关|协助|共同|联合")


# What may stand before a province inside a body's name: the Party, the Youth League, the nation or a democratic party
# (中共甲省委, 团甲省委, 民建甲省委).
_BEFORE_A_PROVINCE = re.compile(r"中共|共青团|团|中国|民建|民盟|民进|民革|农工党|致公党|九三学社|台盟")


def _run_in_dropped(name: str) -> str:
    """A name with a few words run in before the province it opens with (乙丙甲省某研究会: a mirror's scrambled
    words): the name from the province on. Only the Party, the League, the nation or a democratic party is written
    before a province in a name."""
    provinces = "|".join(_PROVINCES)
    match = re.match(rf"([\u4e00-\u9fff]{{1,4}}?)(?=(?:{provinces})省[\u4e00-\u9fff]{{2,}})", name)
    if not match or _BEFORE_A_PROVINCE.fullmatch(match.group(1)):
        return name
    return name[match.end():]


_PROVINCES = tuple(name for name in province_names() if name not in ("北京", "上海", "天津", "重庆", "香港", "澳门"))


def _without_stray_places(parts: list[str]) -> list[str]:
    """A list with a body written with a bare level (市委组织部, 团市委) whose other bodies each open with a different
    "place" of that level (甲市民政局、乙市总工会、丙市…) is one place's list with words run into it (a mirror's
    scrambled text), not a list of several cities: the bodies keep their bare level (R1 gives them the story's)."""
    for level in "市区县":
        bare = [part for part in parts if re.match(rf"(?:中共|团)?{level}", part.strip())]
        opening = (rf"(?:中共)?((?:(?![省市区县])[\u4e00-\u9fff]){{2,4}}?)"
                   rf"(?=团{level}委|{level}(?!场|民(?!政))[\u4e00-\u9fff]{{2,}})")
        led = [re.match(opening, part.strip()) for part in parts]
        places = {match.group(1) for match in led if match}
        # (甲市民政局、乙市民政局 with no bare body are two cities; 甲市委、甲市政府、市文明办 one; 文化市场… no city)
        if bare and len(places) >= 2:
            return [part.strip()[match.end(1):] if match else part for part, match in zip(parts, led, strict=True)]
    return parts


def _listed_brand(parts: list[str]) -> str | None:
    """The one part of a role's list that is no organisation by its ending but stands among two or more that are
    (甲协会、乙中心、公益某城承办): a brand or an account's name, written as a name. Words for
    people, the public or unnamed kinds (社会各界, 广大市民, 志愿者, 爱心企业) are none."""
    cleaned = [_ADVERBS.sub("", _unquoted(_FURNITURE.sub("", _unquoted(part)))) for part in parts]
    others = [part for part in cleaned if not _looks_like_organisation(_PAREN_TAIL.sub("", part))]
    if len(others) != 1 or len(cleaned) - 1 < 2:
        return None
    brand = others[0]
    if (not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", brand) or _NOT_A_NAME_START.match(brand)
            or _GENERIC.match(brand) or _UNNAMED_OTHERS.match(brand) or _TIME_WORD.search(brand)
            or _verb_matches(brand, _VERBS) or _PEOPLE_OR_KINDS.search(brand)):
        return None
    return brand


def _inner_place(name: str) -> str | None:
    """The innermost place a name opens with: the district of 中共甲市乙新区区委… (a district of that city), else
    the first place (甲市依法治市领导小组办公室 -> 甲市)."""
    both = _CITY_THEN_DISTRICT.match(name)
    if both and find_districts(both.group(1) + both.group(2)) == [both.group(1) + both.group(2)]:
        return both.group(2)
    first = _INNER_PLACE.match(name)
    return first.group(1) if first else None


def _unquoted(printed: str) -> str:
    """The name without the quotes around it, but with the title marks of a title inside it (人民日报《民生周刊》: a
    paper's magazine is written with its title marks; so is 《某某时报》社, the paper's publisher)."""
    name = printed.strip(_QUOTES)
    if name.count("《") < name.count("》") and printed.lstrip().startswith("《"):
        name = "《" + name  # 《某某时报》社, 《某刊》杂志: a paper's publisher opens with the paper's title
    return name + "》" if name.count("《") > name.count("》") and printed.rstrip().endswith("》") else name


def _split_inner(chunk: str) -> list[str]:
    """Split on 和/及/与/同 only where both sides are organisations (not 国际与公共事务学院, 世界城市和地方政府组织)."""
    for match in _INNER_SPLIT.finditer(chunk):
        left, right = chunk[:match.start()], chunk[match.end():]
        bare_left = _PAREN_TAIL.sub("", left)  # 四川日报报业集团（川观新闻）和…
        left_is_party = _looks_like_organisation(bare_left) or _is_place_party(left)
        # the right side starts with a name, which may itself hold 和 (安徽省住房和城乡建设厅)
        ends = [m.start() for m in _INNER_SPLIT.finditer(right)] + [len(right)]
        if left_is_party and any(_looks_like_organisation(_PAREN_TAIL.sub("", right[:end])) for end in ends):
            return [left, *_split_inner(right)]
    if not _looks_like_organisation(_PAREN_TAIL.sub("", chunk)):
        # 乙委网信办和甲省直有关部门: a body joined to unnamed others (有关部门, 其他高校) is still a body; the whole is
        # no name, so splitting it breaks none
        for match in _INNER_SPLIT.finditer(chunk):
            left = chunk[:match.start()]
            if _looks_like_organisation(_PAREN_TAIL.sub("", left)) and _UNNAMED_OTHERS.match(chunk[match.end():]):
                return [left]
    return [chunk]


def _without_venue(part: str) -> str:
    """``part`` without a venue written after the body's name (甲基金会于某大学 → 甲基金会), when what stands before the
    venue is a whole name; otherwise ``part`` as it is."""
    for venue in _VENUE_TAIL.finditer(part):
        name = part[:venue.start()]
        if _ORG_END.search(name) and _looks_like_organisation(name):
            return name
    return part


def _is_place_party(name: str) -> bool:
    """Whether ``name`` is a place that stands for its government: a province (广东省, 北京市), a city (广州市) or a
    district (徐汇区, 杭州市上城区); not a word ending in 市 (城市, 都市)."""
    if name[-1:] in ("省", "市") and name[:-1] in province_names():
        return True
    if not _PLACE_NAME.match(name):
        return False
    if re.fullmatch(r"[\u4e00-\u9fff]{2,3}市", name):
        return not _NOT_A_CITY.search(name)
    return find_districts(name) == [name]


def _looks_like_organisation(name: str, *, whole_line: bool = False) -> bool:
    if name.count("《") != name.count("》") or re.search(r"[_?？\ufffd]", name):
        return False  # a title mark left open or closed alone, a character lost in decoding: no clean name
    if name.endswith("》"):
        name = name[:-1]  # 人民日报《民生周刊》 ends as its title does
    # 甲公司为乙协会 (…办理/主办…): a body, then a preposition before another: a clause, not a name
    if any(_ORG_END.search(name[:m.start()]) for m in re.finditer(r"[为向给替]", name)):
        return False
    if re.search(r"组织\d+[个家名]", name):
        return False  # 甲区组织43个街道和相关委办局: a verb and the count it has take part, not a body's name
    if re.search(r"(?:数字|智慧|法治|服务型|电子|阳光|透明|整体|网上|有为|廉洁)政府$", name):
        return False  # 数字政府与数据治理研究中心: a kind of government, the field a body studies, not a body
    if re.search(r"(?:公示|公布|发布|揭晓|公告)$", name):
        return False  # 某厅网站公示: where and how a list was made known, not a body
    if re.search(rf"(?:{_EVENT_SEASON})$", name):
        return False  # 2015年某市网络文化季先后推出了…: a season of events, not a body
    if re.search(r"(?:出台|推出|印发)$", name):
        return False  # 某市出台…办法: a place and its verb (台 also ends 电视台), not a body
    if re.search(r"(?:办公|常务|党组|专题|路演|终审|评审|答辩|推介|分享|交流|发布)会$", name):
        return False  # 经厅长办公会研究: a meeting that decided, not a body
    if re.search(r"参加|参与了", name):
        return False  # 甲校携某项目参加了乙中心(组织开展的…): an entrant taking part, then who ran it: a clause
    if re.search(r"该|接受|正在", name):
        return False  # 全程接受该团组织(的指导): a body referred back to, and a verb, not a name
    if re.search(r"(?:格|布|大|结|开|全|僵|时|变|破|(?<!创)新)局$", name):
        return False  # 构建…治理新格局, 服务大局: a 局 that is a state of things, not a bureau
    if re.search(r"[和与及][和与及]", name):
        return False  # 投稿和与各地政府: two conjunctions in a row join phrases, not a name's words
    # 的 marks a phrase, not a name, except in 党的建设 (中共上海市委党的建设工作领导小组办公室).
    if _JURY.search(name):
        return False  # the selection's own committee or jury (…组委会办公室, 评审委员会) is not an organiser
    return (2 <= len(name) <= 40 and (whole_line or "的" not in name.replace("党的", ""))
            and not _NOT_A_NAME_START.match(name)
            and not re.search(r"[:：]", name) and not _GENERIC.match(name) and not _TIME_WORD.search(name, 1)
            and bool(_ORG_END.search(name) or _OUTLET_BRAND.match(name) or _NAMED_COMMUNITY.search(name)))


# 甲县乙街道丙社区: a community named under its street acts as a body (its committee); a bare …社区 does not (走进社区,
# 幸福社区 alone may be any place), nor do a street's many (街道各社区) or the kind (城乡社区).
_NAMED_COMMUNITY = re.compile(r"^(?!.*(?:各|基层|城乡))[\u4e00-\u9fff]+街道[\u4e00-\u9fff]{1,12}社区$")
# (中共某区社会组织委员会 is a party committee for social organisations, not an organising committee)
_JURY = re.compile(r"(?:组委会|(?<!社会)组织委员会|评委会|评委|评审委员会|评审团|专家委员会"
                   r"|(?:评审|评选)(?:表彰)?(?:工作)?(?:领导)?小组)(?:办公室|秘书处)?$")


@cache
def _alias_table() -> dict[str, str]:
    data = json.loads(resources.files("crawler").joinpath("data/organisation_aliases.json").read_text("utf-8"))
    return {alias: canonical for canonical, aliases in data["organisations"].items()
            for alias in (canonical, *aliases)}
