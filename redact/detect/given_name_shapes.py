"""Given names no list can hold whole, known by their shape: Chinese given names in pinyin, Korean given names in
their romanised spelling, and Thai given names by their common elements.

* Chinese (pinyin): one to three pinyin syllables written together ("Xiaoling", "Zhenwei", "Ruoxi"), one of them
  a sound Swedish and English words do not have (an x, q, zh or sh, or a final such as "ao", "iu", "ui", "uo",
  "ian", "ong"), or one syllable written twice ("Dandan"): "Lagen" (la-gen) and "Tiden" (ti-den) parse as
  syllables too and are no names;
* Korean: two syllables of the romanised spelling, joined or with a hyphen ("Seoyeon", "Seo-yeon", "Taemin"), with
  a vowel Swedish words do not have ("eo", "eu", "ae", "oo", "ee", "yu", "ye", "wo") or written with the hyphen;
* Thai: a word of six letters or more that ends with an element Thai given names end with ("-porn", "-pong",
  "-chai", "-wat", "-thip", "-nuch", "-wadee") or opens with one they open with ("Siri-", "Supa-", "Kanok-",
  "Thana-", "Kitti-").

These shapes say "a given name" only where a name stands (``names.py`` reads a lone word so where it would read a
listed given name); the places, firms, products and everyday words of those languages that Swedish documents
write ("Shanghai", "Daewoo", "Taekwondo", "Pingpong") are kept. The syllables, elements and keep words are
written by the project from general knowledge of the languages' spelling (Hanyu Pinyin, the Revised Romanization
of Korean and the common Royal Thai General System spellings); no list was copied.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Hanyu Pinyin's syllables (tone marks and ü left out: Swedish records write names without them): j, q and x only
# before i and u, "er" alone, the other initials before the other finals
_PINYIN_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhrzcsyw])"
_PINYIN_FINAL = (
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u)"
)
_PINYIN_SYLLABLE = re.compile(
    rf"(?:[jqx](?:iang|iong|ian|iao|ing|ia|ie|in|iu|i|uan|ue|un|u)|{_PINYIN_INITIAL}?{_PINYIN_FINAL}|er)"
)
# a syllable with a sound Swedish and English words do not have: an x, q, zh or sh, or such a final
_PINYIN_MARKED = re.compile(r"^(?:[xq]|zh|sh)|(?:ao|iu|ui|uo|ian|iao|ong|ei)$|^yu|^yi|^(?:h|g|k)ua|^(?:y|l|n)ue")
# the definite and plural endings of Swedish nouns: a word ending so needs a sound no European word has before them
# ("Ruinen", "Leiden" have only "ui", "ei")
_SWEDISH_ENDING = re.compile(r"(?:en|et|er|ar|or)$")
_PINYIN_STRONG = re.compile(r"^(?:[xq]|zh|sh)|(?:iu|uo|ian|iao|ong)$")


@lru_cache(maxsize=4096)
def _pinyin_parses(low: str, most: int = 3) -> tuple[tuple[str, ...], ...]:
    """Every way to write ``low`` as one to ``most`` pinyin syllables."""
    out: list[tuple[str, ...]] = []
    for cut in range(1, min(len(low), 6) + 1):
        head = low[:cut]
        if not _PINYIN_SYLLABLE.fullmatch(head):
            continue
        if cut == len(low):
            out.append((head,))
        elif most > 1:
            out.extend((head, *rest) for rest in _pinyin_parses(low[cut:], most - 1))
    return tuple(out)


# the Revised Romanization's syllables (and the spellings "oo", "ee" names are often written with)
_KOREAN_INITIAL = r"(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjh])"
_KOREAN_VOWEL = r"(?:yeo|yae|wae|woo|yoo|eo|eu|ae|ya|ye|yo|yu|wa|we|wi|wo|oe|ui|oo|ee|a|e|i|o|u)"
# the second syllable opens with a consonant or a glide ("Seo-yeon", "Ji-woo"), so "Jeep" (je-ep) is none
_KOREAN_GLIDE = r"(?:yeo|yae|wae|woo|yoo|ya|ye|yo|yu|wa|we|wi|wo)"
_KOREAN_FINAL = r"(?:ng|[knlmp])"
_KOREAN_SYLLABLE = rf"{_KOREAN_INITIAL}?{_KOREAN_VOWEL}{_KOREAN_FINAL}?"
_KOREAN_SECOND = rf"(?:{_KOREAN_INITIAL}{_KOREAN_VOWEL}|{_KOREAN_GLIDE}){_KOREAN_FINAL}?"
_KOREAN_JOINED = re.compile(rf"^{_KOREAN_SYLLABLE}{_KOREAN_SECOND}$")
_KOREAN_HYPHENED = re.compile(rf"^{_KOREAN_SYLLABLE}-{_KOREAN_SECOND}$")
_KOREAN_MARK = re.compile(r"eo|eu|ae|[wsjyhgkd]oo|ee|yu|ye|wo")

# the elements Thai given names end or open with
_THAI_END = re.compile(
    r"(?:porn|phorn|pong|phong|chai|wat|wut|thip|nuch|wadee|chart|(?:som|kitti|pong|phong|sura|thawee|kriang|"
    r"chana|supa|chai|rung|chat|wira|yot)sak)$"
)
_THAI_START = re.compile(r"^(?:siri|supha|kanok|thana|nattha|kitti|duang|ratcha|rattana|jira|wora|chana)")

# places, firms, products and everyday words of these languages that Swedish documents write, of the same shapes
_KEEP = frozenset((
    # Chinese places and words
    "shanghai beijing peking nanjing tianjin chongqing guangzhou shenzhen hangzhou suzhou wuhan xian chengdu "
    "qingdao xiamen dalian harbin kunming xinjiang tibet yunnan sichuan hunan henan hebei hubei anhui fujian "
    "jiangsu jiangxi zhejiang shandong shanxi shaanxi gansu guizhou hainan qinghai ningxia guangxi liaoning jilin "
    "taiwan taipei kaohsiung macao macau hongkong kowloon zhuhai dongguan foshan ningbo wenzhou xiaomi huawei "
    "zhongxing haier baidu weibo taobao meituan lenovo tencent alibaba weixin douyin qigong taichi kungfu gongfu "
    "wushu fengshui mahjong maotai moutai wonton jiaozi baozi chowmein longjing oolong pinyin putonghua renminbi "
    "yuan hukou guanxi shaolin daodejing taoism taoist yinyang "
    # Korean places, firms and words
    "seoul incheon daegu daejeon gwangju suwon ulsan changwon seongnam goyang yongin pyeongchang pyongyang "
    "gyeonggi gangwon chungcheong jeolla gyeongsang jeju daewoo hyundai samsung kia ssangyong hanwha doosan "
    "taekwondo hangeul hangul chuseok seollal kimchi bulgogi bibimbap soju makgeolli hanbok gochujang tteokbokki "
    "kpop chaebol juche "
    # Thai places and words
    "bangkok phuket pattaya chiangmai krabi udon ubon khonkaen ayutthaya sukhothai songkhla hatyai nakhon "
    "isaan issan thonburi "
    # ordinary words of the same shape
    "pingpong pingis bingo tango mango ninja sushi tofu judo aikido yoga zen taxi maxi guide guiden queen duo "
    "gong song kong woman women euro odeon rodeo ciao lao sirius flowchart aqua shaman shogun mama papa mexico "
    "yemen you hei nei haha geisha karaoke kakao cacao suite salong salongen kongen rua rue suomi oulu biuro "
    "hiphop dingdong jojo tamtam sharia "
    # more places, eras and the words of addresses of those countries and of others of the same shape
    "fukuoka shinjuku shibuya heisei showa reiwa taisho meiji minguo mueang nong nuea changwat tambon amphoe "
    "thanon soi haidian chaoyang dongcheng xicheng tianhe pudong minhang xuhui huangpu zhongguancun wangfujing "
    "kuopio oxie"
).split())


def _pinyin(low: str) -> bool:
    """Pinyin syllables only, one with a sound no Swedish or English word has (before a Swedish noun's ending, if the
    word ends with one), or one syllable of three letters or more written twice ("Dandan")."""
    for parse in _pinyin_parses(low):
        if len(parse) == 2 and parse[0] == parse[1] and len(parse[0]) >= 3:
            return True
        if not any(_PINYIN_MARKED.search(syllable) for syllable in parse):
            continue
        if len(parse) == 1 or not _SWEDISH_ENDING.search(low):
            return True
        if any(_PINYIN_STRONG.search(syllable) for syllable in parse[:-1]):
            return True
    return False


def korean_hyphened_given_name(word: str) -> bool:
    """A Korean given name of two syllables joined by a hyphen, the second small ("Seo-yeon", "Ji-woo"): a name, not a
    compound ending in a Swedish noun ("Zlatan-appen"); its genitive too ("Seo-yeons")."""
    if not word[:1].isupper() or "-" not in word or not word.isascii():
        return False
    low = word.lower()
    forms = (low, low[:-1]) if low.endswith("s") else (low,)
    return any(form.replace("-", "") not in _KEEP and _korean(word, form) for form in forms)


def _korean(word: str, low: str) -> bool:
    """Two romanised Korean syllables: with a hyphen ("Seo-yeon"), or joined with a vowel no Swedish word has."""
    if "-" in word:
        return bool(_KOREAN_HYPHENED.match(low)) and len(low) >= 5
    # (no consonant doubled at the joint: "Tilleul", "Allee" are French and German words)
    return bool(_KOREAN_JOINED.match(low) and _KOREAN_MARK.search(low)) and re.search(r"([^aeiouy])\1", low) is None


def _thai(low: str) -> bool:
    """Six letters or more, ending or opening with an element of Thai given names."""
    return len(low) >= 6 and (_THAI_END.search(low) is not None or _THAI_START.match(low) is not None)


@lru_cache(maxsize=4096)
def given_name_shape(word: str) -> bool:
    """True for a capitalised word shaped like a Chinese (pinyin), Korean or Thai given name and no place, firm,
    product or word of those languages that Swedish documents write."""
    if len(word) < 3 or not word[0].isupper() or word.isupper():
        return False
    if not word.replace("-", "").isalpha() or not word.replace("-", "").isascii():
        return False
    low = word.lower()
    if low.replace("-", "") in _KEEP:
        return False
    if "-" in word:
        return _korean(word, low)
    if any(c.isupper() for c in word[1:]):
        return False  # "TaiChi", "KPop": a brand's or a product's camel case
    return _pinyin(low) or _korean(word, low) or _thai(low)


# the prepositions a place or a firm follows ("i Xiamen", "på Haier", "från Daegu"): no given name's place
_PLACE_PREPOSITIONS = frozenset("i på från vid mot utanför inom via in at from near".split())
_GENITIVE = re.compile(r"(?:['’]?s|['’])$")


def shaped_given_name_at(doc: "Doc", start: int, end: int, text: str) -> bool:
    """The tokens ``start:end`` of ``doc`` are one word (its genitive too: "Xiaolings") shaped like a given name, not
    after a place's preposition, and no ordinary word, place or body where it stands (``place_keep_words``)."""
    from redact.detect.place_keep_words import ordinary_at_place  # late: place_keep_words reads the name lists

    word = text[doc[start].idx:doc[end - 1].idx + len(doc[end - 1].text)]
    if start > 0 and doc[start - 1].lower_ in _PLACE_PREPOSITIONS:
        return False
    base = word
    if not given_name_shape(word):
        # (a Latin "-ius" is no genitive of a name in "-iu": "Notarius", "Radius")
        m = _GENITIVE.search(word)
        if m is None or len(word) - len(m.group(0)) < 3 or word.endswith("ius"):
            return False
        if not given_name_shape(word[: m.start()]):
            return False
        base = word[: m.start()]
    return not ordinary_at_place(base, text)
