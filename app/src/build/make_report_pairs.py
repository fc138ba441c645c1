#!/usr/bin/env python3
"""Builds the labelled report pairs for consolidation's precision/recall test from real texts.

Reads the development halves of the UCDP GED Pakistan sample and the ISAF press releases
(../shared/data/eval) and writes app/src/test/resources/consolidation/:

  report-pair-texts.jsonl   news headlines and press releases, one document each (id, text, date, publisher, source)
  report-pair-records.csv   the UCDP GED rows whose events take part, in the GED export's columns
  report-pairs.jsonl        the pairs: a, b (item ids), same (true/false), kind, why

Labels:
  - headline/headline, same: two headlines that UCDP GED lists as the sources of one event
    (its source_headline joins them with ';').
  - headline/headline, different: headlines of two different GED events at most three days apart in
    the same province (GED codes each event once: two events are two incidents).
  - record/headline, same: a GED event and one of its own source headlines.
  - record/headline, different: a GED event and the headline of another event nearby in time and place.
  - ISAF: pairs of press releases within three days in one province, labelled by reading them
    (the reason is given with each pair).
Headlines that GED gives for more than one event are left out: they would be one document for two events.
Run from the repository root: python3 app/src/build/make_report_pairs.py
"""
import csv
import datetime
import json
import math
import os
import random
import re

SHARED = os.path.join(os.path.dirname(__file__), '..', '..', '..', 'shared', 'data', 'eval')
if not os.path.isdir(SHARED):
    SHARED = '/work/shared/data/eval'
OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'resources', 'consolidation')

# ISAF press releases (line index in isaf-press-releases-dev.jsonl), read and labelled by hand.
ISAF_PAIRS = [
    (55, 117, True, "same operation: Panjwa'i district, Kandahar, 8 Feb 2013 (a Friday), the search for a Taliban IED "
                    "leader; the later release confirms his arrest and two more detainees"),
    (30, 51, True, "same operation: the six-day Chak district (Wardak) operation that ended 3 Oct 2012; the later "
                   "release confirms a commander killed in that 'recent operation'"),
    (247, 329, True, "same airstrike, probably: Pul-e 'Alam district, Logar, Sunday 2 Sep 2012; the later release "
                     "confirms a Haqqani leader among those killed"),
    (146, 330, False, "same day in Helmand, different districts (Nad 'Ali attack, Lashkar Gah search)"),
    (247, 338, False, "same day in Logar, different districts (Pul-e 'Alam airstrike, Baraki Barak firefight)"),
    (329, 338, False, "same day in Logar, different districts (Pul-e 'Alam, Baraki Barak)"),
    (13, 47, False, "different districts and days (Sangin 8 Sep, Musa Qal'ah 6 Sep 2010)"),
    (20, 331, False, "Wali Kot district on Thursday and on Friday: two patrols"),
    (28, 40, False, "different districts (Kajaki 23 May, Nahr-e Saraj 22 May 2011)"),
    (30, 127, False, "different districts (Chak, Jaghatu)"),
    (51, 127, False, "different districts (Chak, Jaghatu)"),
    (59, 179, False, "different districts (Aliabad, Khanabad)"),
    (64, 118, False, "different districts and events (Nahr-e Saraj civilian casualties, Musa Qal'ah raid)"),
    (68, 161, False, "different targets and places in Khost (Sabari, north of Sewakay)"),
    (68, 224, False, "different operations in Khost on different days"),
    (87, 245, False, "different districts (Kajaki, Nahr-e Saraj)"),
    (91, 149, False, "different districts (Nawah-ye Barakzai, Kajaki)"),
    (122, 165, False, "different districts and days (Lashkar Gah, Nad 'Ali)"),
    (130, 132, False, "different districts (Khost, Sabari)"),
    (141, 309, False, "different districts (Kajaki, Musa Qal'ah)"),
    (147, 203, False, "different districts (Panjwa'i, Arghandab)"),
    (152, 228, False, "different districts (Tsamkani, Gardez)"),
    (154, 334, False, "a surrender on Friday, a firefight on Sunday"),
    (161, 224, False, "different operations in Khost on different days"),
    (201, 291, False, "different districts (Burkah, Dahanah-ye Ghori)"),
    (212, 314, False, "different districts (Arghandab, Kandahar)"),
    (227, 273, False, "Zurmat on two days: a firefight with insurgents killed, a later search with one detained"),
    (254, 333, False, "Baraki Barak on 15 and 17 May 2011: different targets"),
    (277, 281, False, "different districts (Panjwa'i, Zhari)"),
    (301, 336, False, "different districts (Panjwa'i, Maiwand)"),
]


def day(s):
    s = s.strip()
    for fmt in ('%m/%d/%Y %H:%M:%S', '%Y-%m-%d'):
        try:
            return datetime.datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    return None


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (float(a['latitude']), float(a['longitude']),
                                            float(b['latitude']), float(b['longitude'])))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1, math.sqrt(h)))


def norm(text):
    return re.sub(r'\W+', ' ', text.lower()).strip()


def headlines(row):
    """The row's (headline, date, office) triples, or [] when the three lists do not line up."""
    hs = [h.strip() for h in row['source_headline'].split(';')]
    ds = [d.strip() for d in row['source_date'].split(';')]
    os_ = [o.strip() for o in row['source_office'].split(';')]
    if not row['source_headline'].strip() or len(hs) != len(ds) or any(not h for h in hs):
        return []
    return [(h, ds[k], os_[k] if len(os_) == len(hs) else '') for k, h in enumerate(hs)]


def main():
    with open(os.path.join(SHARED, 'ucdp-ged-pakistan-dev.csv'), encoding='utf-8', newline='') as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames
        rows = list(reader)
    by_id = {r['id']: r for r in rows}
    events = {r['id']: headlines(r) for r in rows}
    owners = {}
    for eid, hs in events.items():
        for h, _, _ in hs:
            owners.setdefault(norm(h), set()).add(eid)
    # A headline GED gives for two events cannot be labelled: leave it out.
    events = {eid: [t for t in hs if len(owners[norm(t[0])]) == 1] for eid, hs in events.items()}
    events = {eid: hs for eid, hs in events.items() if hs}

    texts, pairs, records = {}, [], set()

    def text_item(eid, k):
        h, d, office = events[eid][k]
        item = 'ucdp-%s-h%d' % (eid, k)
        texts[item] = {'id': item, 'text': h, 'date': d, 'publisher': office,
                       'source': 'UCDP GED event %s, source_headline %d of %d' % (eid, k + 1, len(events[eid]))}
        return item

    def record_item(eid):
        records.add(eid)
        return 'ucdp-ged:' + eid

    # Same event, two headlines.
    for eid, hs in sorted(events.items(), key=lambda e: int(e[0])):
        distinct = []
        for k, t in enumerate(hs):
            if norm(t[0]) not in [norm(hs[j][0]) for j in distinct]:
                distinct.append(k)
        for k in distinct[1:3]:
            pairs.append({'a': text_item(eid, distinct[0]), 'b': text_item(eid, k), 'same': True,
                          'kind': 'headline-headline', 'why': 'UCDP GED event %s lists both as its sources' % eid})

    # Different events, close in time and place.
    dated = [(eid, day(by_id[eid]['date_start'])) for eid in events]
    dated = [(eid, d) for eid, d in dated if d]
    dated.sort(key=lambda x: x[1])
    candidates = []
    for i, (a, da) in enumerate(dated):
        for b, db in dated[i + 1:]:
            if (db - da).days > 3:
                break
            ra, rb = by_id[a], by_id[b]
            close = km(ra, rb)
            if ra['adm_1'] == rb['adm_1'] or close <= 150:
                candidates.append(((db - da).days, round(close), a, b))
    candidates.sort()
    used = {}
    negatives = []
    for gap, close, a, b in candidates:
        if used.get(a, 0) >= 2 or used.get(b, 0) >= 2:
            continue
        used[a] = used.get(a, 0) + 1
        used[b] = used.get(b, 0) + 1
        negatives.append((gap, close, a, b))
    random.Random(20240528).shuffle(negatives)
    for gap, close, a, b in negatives[:160]:
        why = 'UCDP GED events %s and %s, %d days and %d km apart' % (a, b, gap, close)
        pairs.append({'a': text_item(a, 0), 'b': text_item(b, 0), 'same': False, 'kind': 'headline-headline',
                      'why': why})
    # A dataset's event and news headlines: its own, and a neighbour's.
    multi = sorted({p['a'].split('-')[1] for p in pairs if p['same']}, key=int)
    for eid in multi[:120]:
        pairs.append({'a': record_item(eid), 'b': text_item(eid, 0), 'same': True, 'kind': 'record-headline',
                      'why': 'the headline is a source of UCDP GED event %s' % eid})
    for gap, close, a, b in negatives[:120]:
        pairs.append({'a': record_item(a), 'b': text_item(b, 0), 'same': False, 'kind': 'record-headline',
                      'why': 'UCDP GED events %s and %s, %d days and %d km apart' % (a, b, gap, close)})

    with open(os.path.join(SHARED, 'isaf-press-releases-dev.jsonl'), encoding='utf-8') as f:
        isaf = [json.loads(line) for line in f]
    for a, b, same, why in ISAF_PAIRS:
        for k in (a, b):
            texts['isaf-%d' % k] = {'id': 'isaf-%d' % k, 'text': isaf[k]['text'], 'publisher': 'ISAF',
                                    'source': 'ISAF press releases (strickvl/isafpressreleases), dev line %d' % (k + 1)}
        pairs.append({'a': 'isaf-%d' % a, 'b': 'isaf-%d' % b, 'same': same, 'kind': 'press-release', 'why': why})

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'report-pair-texts.jsonl'), 'w', encoding='utf-8') as f:
        for item in sorted(texts.values(), key=lambda t: t['id']):
            f.write(json.dumps(item, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'report-pair-records.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=header, lineterminator='\n', extrasaction='ignore')
        w.writeheader()
        for eid in sorted(records, key=int):
            w.writerow(by_id[eid])
    with open(os.path.join(OUT, 'report-pairs.jsonl'), 'w', encoding='utf-8') as f:
        for k, p in enumerate(pairs):
            f.write(json.dumps(dict(id=k + 1, **p), ensure_ascii=False) + '\n')
    kinds = {}
    for p in pairs:
        kinds.setdefault((p['kind'], p['same']), 0)
        kinds[(p['kind'], p['same'])] += 1
    print(len(pairs), 'pairs,', len(texts), 'texts,', len(records), 'records:', kinds)


if __name__ == '__main__':
    main()
