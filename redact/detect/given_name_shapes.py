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

from spacy.tokens import Doc

from redact.detect.place_keep_words import ordinary_at_place

# Hanyu Pinyin's initials and finals (tone marks and ü left out: Swedish records write names without them)
_PINYIN_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
_PINYIN_FINAL = (
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u)"
)
_PINYIN_SYLLABLE = rf"(?:{_PINYIN_INITIAL}?{_PINYIN_FINAL})"
_PINYIN_WORD = re.compile(rf"^{_PINYIN_SYLLABLE}{{1,3}}$")
# the sounds of pinyin that Swedish and English words do not have together
_PINYIN_MARK = re.compile(r"x|q|zh|sh|ao|iu|ui|uo|ian|iao|ong|ei|ou|yu|yi|ue|ua")
# a syllable of three letters or more written twice, as pinyin given names often are ("Dandan", "Tingting")
_PINYIN_DOUBLED = re.compile(rf"^({_PINYIN_SYLLABLE})\1$")
# a syllable a Swedish word may end a pinyin-shaped word with: the definite and plural endings
_SWEDISH_ENDING = re.compile(r"(?:en|et|an|na|er|ar|or)$")

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
_KOREAN_MARK = re.compile(r"eo|eu|ae|oo|ee|yu|ye|wo")

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
    "gong song kong woman women euro odeon rodeo ciao lao sirius flowchart aqua shaman shogun mama papa mexico yemen you hei nei haha geisha karaoke"
).split())


def _pinyin(low: str) -> bool:
    """Pinyin syllables only, with a sound no Swedish or English word has, and no Swedish noun's ending."""
    if len(low) >= 6 and _PINYIN_DOUBLED.match(low):
        return True
    if not _PINYIN_WORD.match(low) or not _PINYIN_MARK.search(low):
        return False
    return len(low) <= 4 or not _SWEDISH_ENDING.search(low) or _PINYIN_MARK.search(low[:-2]) is not None


def _korean(word: str, low: str) -> bool:
    """Two romanised Korean syllables: with a hyphen ("Seo-yeon"), or joined with a vowel no Swedish word has."""
    if "-" in word:
        first, _, second = word.partition("-")
        return bool(_KOREAN_HYPHENED.match(low)) and first[:1].isupper() and len(low) >= 5
    return bool(_KOREAN_JOINED.match(low) and _KOREAN_MARK.search(low))


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


def shaped_given_name_at(doc: Doc, start: int, end: int, text: str) -> bool:
    """The tokens ``start:end`` of ``doc`` are one word (its genitive too: "Xiaolings") shaped like a given name, not
    after a place's preposition, and no ordinary word, place or body where it stands (``place_keep_words``)."""
    word = text[doc[start].idx:doc[end - 1].idx + len(doc[end - 1].text)]
    if start > 0 and doc[start - 1].lower_ in _PLACE_PREPOSITIONS:
        return False
    base = word
    if not given_name_shape(word):
        m = _GENITIVE.search(word)
        if m is None or len(word) - len(m.group(0)) < 3 or not given_name_shape(word[: m.start()]):
            return False
        base = word[: m.start()]
    return not ordinary_at_place(base, text)
