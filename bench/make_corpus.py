#!/usr/bin/env python3
"""Makes N synthetic new-rural-development plans for the scale benchmarks.

Each plan is put together from templates shaped like the seeds (corpus/seeds/): the
official header (issuer, "Số: …/KH-UBND", place and date), a title, legal bases, goals
with targets ("phấn đấu đến năm 2025 … đạt 95%"), the criteria met and not met, tasks per
criterion with lead and support units and deadlines, and the duties of each unit. What
varies from plan to plan is drawn from the project's own data, so the extractors meet
real names:

  places      schemas/places/places.tsv (2008 scheme: a commune with its district and
              province; commune, district and province plans)
  criteria    schemas/criteria/criteria.tsv (set xa_ntm; names or aliases)
  units       schemas/units.tsv (canonical names or their other spellings)
  targets     percentages, counts and incomes; deadlines as a year, a quarter, a month,
              a date or "thường xuyên"

Plan i depends only on (--seed, i): the first 1,000 plans of a 10,000 run are the 1,000
plans of a 1,000 run, so runs of different sizes compare like with like. Plans are
written one at a time (nothing is held in memory), sized like the seeds (10-40 KB, mean
about 22 KB), as OUT/NNNNNNN.txt.

--pdf K also prints the first K plans to OUT/pdf/NNNNNNN.pdf with LibreOffice
(`soffice --headless --convert-to pdf`, one process for a batch of files). That needs
libreoffice-writer and takes seconds per plan: it is for local runs; without
soffice the PDF step is skipped with a message and the text corpus is still made.

    bench/make_corpus.py --out /tmp/ntmx-corpus --count 10000 [--seed 7] [--pdf 50]
"""
import argparse
import csv
import os
import random
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_tsv(path):
    """Rows of a project TSV file: '#' lines are comments, the first other line is
    the header (a header may also be the last comment line, as in criteria.tsv)."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


class Data:
    def __init__(self):
        places = read_tsv(os.path.join(ROOT, "schemas/places/places.tsv"))[1:]
        by_code = {}
        for code, scheme, level, kind, name, parent, *_ in places:
            if scheme == "2008":
                by_code[code] = (level, kind, name, parent)
        self.by_code = by_code
        self.communes = [c for c, v in by_code.items() if v[0] == "commune" and v[1] == "Xã"]
        self.districts = [c for c, v in by_code.items() if v[0] == "district" and v[1] == "Huyện"]
        self.children = {}
        for c, v in by_code.items():
            self.children.setdefault(v[3], []).append(c)
        self.criteria = []
        for row in read_tsv(os.path.join(ROOT, "schemas/criteria/criteria.tsv")):
            if row[0] == "xa_ntm":
                aliases = [a for a in (row[3] if len(row) > 3 else "").split("|") if a]
                self.criteria.append((int(row[1]), row[2], aliases))
        self.units = []
        for row in read_tsv(os.path.join(ROOT, "schemas/units.tsv")):
            if len(row) >= 2 and row[1] in ("office", "centre", "committee", "mass"):
                others = [a for a in (row[2] if len(row) > 2 else "").split("|") if a]
                self.units.append((row[0], others))


SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Ngọc"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam",
         "Phong", "Sơn", "Tâm", "Thắng", "Tín", "Trung", "Tuấn", "Vinh"]

FILLER = [
    "Tăng cường công tác tuyên truyền, vận động Nhân dân tham gia xây dựng nông thôn mới, "
    "phát huy vai trò chủ thể của người dân trên tinh thần dân biết, dân bàn, dân làm, dân "
    "kiểm tra, dân giám sát, dân hưởng thụ.",
    "Huy động, lồng ghép và sử dụng có hiệu quả các nguồn vốn của các chương trình mục tiêu "
    "quốc gia, vốn tín dụng, vốn doanh nghiệp và đóng góp của cộng đồng dân cư để đầu tư kết "
    "cấu hạ tầng thiết yếu.",
    "Định kỳ rà soát, đánh giá mức độ đạt chuẩn của từng tiêu chí, chỉ tiêu; kịp thời báo "
    "cáo những khó khăn, vướng mắc trong quá trình triển khai thực hiện để có giải pháp tháo gỡ.",
    "Phát triển sản xuất gắn với tiêu thụ sản phẩm, xây dựng các mô hình liên kết theo chuỗi "
    "giá trị, nâng cao thu nhập cho người dân nông thôn, giảm nghèo bền vững.",
    "Chú trọng công tác bảo vệ môi trường, thu gom và xử lý rác thải sinh hoạt, xây dựng "
    "cảnh quan xanh - sạch - đẹp tại các thôn, khu dân cư.",
    "Nâng cao chất lượng hoạt động của hệ thống chính trị cơ sở, giữ vững quốc phòng, an "
    "ninh và trật tự an toàn xã hội trên địa bàn.",
    "Đẩy mạnh ứng dụng khoa học kỹ thuật vào sản xuất nông nghiệp, chuyển đổi cơ cấu cây "
    "trồng, vật nuôi phù hợp với điều kiện thổ nhưỡng và thị trường.",
    "Thực hiện tốt cơ chế huy động vốn theo hướng “Nhà nước và Nhân dân cùng làm”, đa dạng "
    "hóa các hình thức đóng góp: tiền mặt, ngày công lao động, vật liệu, hiến đất.",
]

TARGETS = [
    ("Tỷ lệ hộ gia đình sử dụng nước sạch theo quy chuẩn đạt", "%", (60, 100)),
    ("Tỷ lệ lao động qua đào tạo đạt", "%", (50, 90)),
    ("Tỷ lệ người dân tham gia bảo hiểm y tế đạt", "%", (85, 99)),
    ("Tỷ lệ hộ nghèo đa chiều giảm còn dưới", "%", (1, 13)),
    ("Thu nhập bình quân đầu người đạt", " triệu đồng/người/năm", (40, 80)),
    ("Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt", "%", (70, 100)),
    ("Tỷ lệ đường trục thôn được cứng hóa đạt", "%", (70, 100)),
    ("Số xã đạt chuẩn nông thôn mới nâng cao", " xã", (1, 8)),
]

DEADLINES = [
    "Thường xuyên", "Trong năm {y}", "Hoàn thành trong quý {q} năm {y}",
    "Trước ngày {d}/{m}/{y}", "Tháng {m}/{y}", "Hoàn thành trước ngày 30/11/{y}",
]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


def person(r):
    return f"{r.choice(SURNAMES)} {r.choice(MIDDLE)} {r.choice(GIVEN)}"


def unit_name(r, data):
    name, others = r.choice(data.units)
    return r.choice([name] * 3 + others)


def deadline(r, year):
    return r.choice(DEADLINES).format(y=year, q=r.choice(["I", "II", "III", "IV"]),
                                      m=r.randint(1, 12), d=r.randint(1, 28))


def criterion_name(r, c):
    number, name, aliases = c
    return r.choice([name, name] + aliases)


def plan(i, seed, data):
    """The text of plan i."""
    r = random.Random(seed * 1_000_003 + i)
    year = r.randint(2022, 2025)
    verbosity = r.choice([1, 1, 2, 2, 3, 4])  # spreads the sizes over those of the seeds
    level = r.choices(["commune", "district", "province"], weights=[6, 3, 1])[0]
    commune = r.choice(data.communes)
    _, ckind, cname, dcode = data.by_code[commune]
    _, dkind, dname, pcode = data.by_code[dcode]
    _, pkind, pname, _ = data.by_code[pcode]
    if level == "commune":
        issuer, where, subject = f"ỦY BAN NHÂN DÂN\nXÃ {cname.upper()}", cname, f"xã {cname}"
        upper = f"Ủy ban nhân dân {dkind.lower()} {dname}"
    elif level == "district":
        issuer, where, subject = (f"ỦY BAN NHÂN DÂN\n{dkind.upper()} {dname.upper()}", dname,
                                  f"{dkind.lower()} {dname}")
        upper = f"Ủy ban nhân dân {pkind.lower()} {pname}"
    else:
        issuer, where, subject = (f"ỦY BAN NHÂN DÂN\n{pkind.upper()} {pname.upper()}", pname,
                                  f"{pkind.lower()} {pname}")
        upper = "Ban Chỉ đạo Trung ương các Chương trình mục tiêu quốc gia"
    number = r.randint(1, 350)
    month, day = r.randint(1, 12), r.randint(1, 28)
    out = [issuer, "", f"Số: {number}/KH-UBND", "",
           f"{where}, ngày {day:02d} tháng {month:02d} năm {year - r.randint(0, 1)}", "",
           "KẾ HOẠCH",
           r.choice(["Thực hiện Chương trình mục tiêu quốc gia",
                     "Xây dựng", "Triển khai thực hiện Chương trình"]) +
           f" xây dựng nông thôn mới {subject} năm {year}", ""]
    for _ in range(r.randint(2, 5)):
        kind = r.choice(["Quyết định", "Kế hoạch", "Nghị quyết", "Chỉ thị"])
        sym = {"Quyết định": "QĐ", "Kế hoạch": "KH", "Nghị quyết": "NQ", "Chỉ thị": "CT"}[kind]
        out += [f"Căn cứ {kind} số {r.randint(1, 999)}/{sym}-UBND ngày {r.randint(1, 28)} "
                f"tháng {r.randint(1, 12)} năm {year - r.randint(1, 3)} của {upper} về việc "
                f"triển khai thực hiện Chương trình xây dựng nông thôn mới;", ""]
    out += [f"Ủy ban nhân dân {subject} ban hành Kế hoạch thực hiện năm {year} như sau:", ""]

    sec = iter(ROMAN)
    out += [f"{next(sec)}. MỤC ĐÍCH, YÊU CẦU", "", "1. Mục đích", ""]
    out += ["- " + s for s in r.sample(FILLER, 2)] + ["", "2. Yêu cầu", ""]
    out += ["- " + s for s in r.sample(FILLER, 2)] + [""]

    out += [f"{next(sec)}. KẾT QUẢ THỰC HIỆN NĂM {year - 1}", ""]
    for _ in range(verbosity * 2):
        out += [" ".join(r.sample(FILLER, r.randint(2, 4))), ""]

    out += [f"{next(sec)}. MỤC TIÊU VÀ CHỈ TIÊU", ""]
    for k, (label, unit, (lo, hi)) in enumerate(r.sample(TARGETS, r.randint(3, len(TARGETS)))):
        value = r.randint(lo, hi)
        out += [f"{k + 1}. Phấn đấu đến cuối năm {year}: {label} {value}{unit}.", ""]

    criteria = data.criteria[:]
    met = sorted(r.sample(criteria, r.randint(10, 18)))
    unmet = [c for c in criteria if c not in met]
    out += [f"{next(sec)}. THỰC TRẠNG THỰC HIỆN BỘ TIÊU CHÍ", "",
            f"- Tiêu chí đã đạt {len(met):02d}/19 tiêu chí, gồm: " +
            "; ".join(f"Tiêu chí số {c[0]:02d} về {criterion_name(r, c)}" for c in met) + ".", "",
            f"- Tiêu chí chưa đạt {len(unmet):02d}/19 tiêu chí, gồm: " +
            "; ".join(f"Tiêu chí số {c[0]:02d} về {criterion_name(r, c)}" for c in unmet) + ".",
            ""]

    out += [f"{next(sec)}. NỘI DUNG VÀ GIẢI PHÁP THỰC HIỆN", ""]
    tasks = unmet + r.sample(met, r.randint(0, min(len(met), 6)))
    for k, c in enumerate(tasks):
        out += [f"{k + 1}. Tiêu chí số {c[0]} ({criterion_name(r, c)})", ""]
        for _ in range(verbosity):
            out += [" ".join(r.sample(FILLER, r.randint(1, 3))), ""]
        out += [f"Đơn vị chủ trì: {unit_name(r, data)}.", "",
                "Đơn vị phối hợp: " + ", ".join(unit_name(r, data)
                                               for _ in range(r.randint(1, 3))) + ".", "",
                f"Thời gian thực hiện: {deadline(r, year)}.", ""]

    if level != "commune":
        below = data.children.get(dcode if level == "district" else pcode, [])
        if below:
            names = [data.by_code[c][2] for c in r.sample(below, min(len(below), 6))]
            out += [f"Phấn đấu năm {year} có thêm {len(names)} xã đạt chuẩn nông thôn mới, "
                    "gồm: " + ", ".join("xã " + n for n in names) + ".", ""]

    out += [f"{next(sec)}. TỔ CHỨC THỰC HIỆN", ""]
    for k in range(r.randint(4, 12)):
        out += [f"{k + 1}. {unit_name(r, data)}:", ""]
        out += ["- " + s for s in r.sample(FILLER, r.randint(1, 2 + verbosity))] + [""]
    out += [f"Trên đây là Kế hoạch xây dựng nông thôn mới năm {year} của Ủy ban nhân dân "
            f"{subject}./.", "", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "",
            "TM. ỦY BAN NHÂN DÂN", r.choice(["CHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"]), "",
            person(r), ""]
    return "\n".join(out)


def make_pdfs(out_dir, names):
    soffice = shutil.which("soffice")
    if soffice is None:
        print("make_corpus: soffice (LibreOffice) not found: no PDFs made", file=sys.stderr)
        return 0
    pdf_dir = os.path.join(out_dir, "pdf")
    os.makedirs(pdf_dir, exist_ok=True)
    for start in range(0, len(names), 50):
        batch = [os.path.join(out_dir, n) for n in names[start:start + 50]]
        subprocess.run([soffice, "--headless", "--convert-to", "pdf:writer_pdf_Export",
                        "--infilter=Text (encoded):UTF8,LF,,,", "--outdir", pdf_dir] + batch,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return len(names)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, help="output folder (created)")
    ap.add_argument("--count", type=int, required=True, help="number of plans")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--pdf", type=int, default=0, help="also print the first K plans as PDF")
    args = ap.parse_args()
    data = Data()
    os.makedirs(args.out, exist_ok=True)
    total = 0
    names = []
    for i in range(args.count):
        name = f"{i:07d}.txt"
        text = plan(i, args.seed, data).encode("utf-8")
        with open(os.path.join(args.out, name), "wb") as f:
            f.write(text)
        total += len(text)
        if i < args.pdf:
            names.append(name)
    pdfs = make_pdfs(args.out, names) if names else 0
    print(f"make_corpus: {args.count} plans, {total} bytes "
          f"({total / max(args.count, 1) / 1024:.1f} KB each) in {args.out}"
          + (f"; {pdfs} PDFs in {args.out}/pdf" if pdfs else ""))


if __name__ == "__main__":
    main()
