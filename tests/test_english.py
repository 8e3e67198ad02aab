"""English pages of Chinese sites: the competition, its edition, stage and organisers, read from English phrasing."""

from crawler.parse.announcement import parse_announcement
from crawler.parse.english import is_english, parse_english
from crawler.parse.series import series_key

LAUNCH = (
    "The 5th Urban Governance Innovation Award of the Yangtze River Delta was officially launched in Hangzhou on "
    "Monday. The award is organized by the Delta Institute for Public Policy and co-organized by the School of "
    "Public Administration of Eastfield University and the Riverside Daily. Cities and districts of the four "
    "provinces may submit their practices until the end of September, and a jury of scholars will choose ten.")


def test_an_english_page_is_told_from_a_chinese_one():
    assert is_english("Award launched", LAUNCH)
    assert not is_english("第五届某某奖启动", "第五届长三角城市治理创新奖日前在杭州启动。" * 10)
    # A Chinese page with an English menu line is still Chinese.
    assert not is_english("某某奖揭晓", "Home | News | About us\n" + "某区第三届社区治理创新奖评选结果日前揭晓。" * 20)


def test_the_competition_its_edition_its_stage_and_who_runs_it():
    facts = parse_english("Award launched", LAUNCH)
    assert facts is not None
    assert series_key(facts["series"]) == series_key("Urban Governance Innovation Award of the Yangtze River Delta")
    assert facts["edition"] == 5 and facts["stage"] == "launch"
    assert facts["organisers"] == [
        {"name": "School of Public Administration of Eastfield University", "role": "co-organiser"},
        {"name": "Riverside Daily", "role": "co-organiser"},
        {"name": "Delta Institute for Public Policy", "role": "organiser"},
    ]


def test_a_prize_won_is_not_the_competition_that_numbers_it():
    title = "Students Won the Gold Award in the 3rd National Case Competition of Social Governance"
    text = ("From 1 to 3 November the 3rd National Case Competition of Social Governance was held at Northbank "
            "University. The competition was hosted by NU. Under the guidance of Li Ming, a young teacher, the "
            "team analysed a street's volunteer network.") * 2
    facts = parse_english(title, text)
    assert facts["series"] == "National Case Competition of Social Governance" and facts["edition"] == 3
    # The acronym is the university the text spells out; the teacher who guided the team is no organiser.
    assert facts["organisers"] == [{"name": "Northbank University", "role": "organiser"}]


def test_a_short_name_is_the_full_one_the_text_gives_it_for():
    text = ("The Harbour City International Award for Urban Innovation (Harbour Award) honours cities that solve "
            "urban problems. Five winning initiatives will be honoured at the conference on Friday, and the "
            "organisers expect the Harbour Award to become a system of learning for cities around the world.")
    facts = parse_english("Harbour Award set to be practical", text * 2)
    assert facts["series"] == "Harbour City International Award for Urban Innovation"
    assert facts["edition"] is None


def test_the_edition_written_after_the_name():
    text = ("On 13 May the Global Award for Liveable Towns hosted an online info session on its 2nd award cycle, "
            "explaining the selection process and the eligibility of applicant towns to participants from many "
            "countries, with past winners sharing their experience of applying.") * 2
    facts = parse_english("", text)
    assert facts["series"] == "Global Award for Liveable Towns" and facts["edition"] == 2


def test_an_english_page_that_names_no_competition_is_no_announcement():
    text = ("The city opened a new community service centre on Monday, offering elderly care, legal advice and "
            "after-school classes to residents of the surrounding neighbourhoods, officials said at the opening.")
    assert parse_announcement("New service centre opens", text * 2).announcement is None
    result = parse_announcement("Award launched", LAUNCH)
    assert result.announcement is not None and result.announcement["counts"]["applications"] is None
