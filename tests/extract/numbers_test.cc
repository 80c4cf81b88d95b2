// The number parser and the quantity reader, one form per test.
#include "text/numbers.h"

#include <gtest/gtest.h>

#include "knowledge/quantities.h"
#include "text/fold.h"

namespace ntmx {
namespace {

TEST(ParseNumber, GroupsAndDecimals) {
  EXPECT_EQ(ParseNumber("4.342"), 4342);
  EXPECT_EQ(ParseNumber("12.000"), 12000);
  EXPECT_EQ(ParseNumber("1.234.567"), 1234567);
  EXPECT_DOUBLE_EQ(*ParseNumber("52,77"), 52.77);
  EXPECT_DOUBLE_EQ(*ParseNumber("1.250,5"), 1250.5);
  EXPECT_DOUBLE_EQ(*ParseNumber("0,15"), 0.15);
  EXPECT_EQ(ParseNumber("05"), 5);
  EXPECT_EQ(ParseNumber("0"), 0);
  EXPECT_DOUBLE_EQ(*ParseNumber("2.5"), 2.5);  // an English decimal point
  EXPECT_FALSE(ParseNumber(""));
  EXPECT_FALSE(ParseNumber("1,2,3"));
  EXPECT_FALSE(ParseNumber("abc"));
}

TEST(ParseNumberWords, SmallNumbers) {
  size_t n = 0;
  EXPECT_EQ(ParseNumberWords("mot nha", &n), 1);
  EXPECT_EQ(n, 3u);
  EXPECT_EQ(ParseNumberWords("hai muoi ho", &n), 20);
  EXPECT_EQ(ParseNumberWords("hai muoi lam nguoi", &n), 25);
  EXPECT_EQ(ParseNumberWords("muoi mot xa", &n), 11);
  EXPECT_EQ(ParseNumberWords("ba tram nguoi", &n), 300);
  EXPECT_FALSE(ParseNumberWords("mottram", &n));
  EXPECT_FALSE(ParseNumberWords("ho tro", &n));
}

TEST(ParseNumberWords, ReadsWholeWordsOnly) {
  size_t n = 0;
  EXPECT_EQ(ParseNumberWords("hai nghin ho", &n), 2000);
  EXPECT_EQ(n, 9u);
  EXPECT_EQ(ParseNumberWords("ba ngan", &n), 3000);
  EXPECT_EQ(n, 7u);
  EXPECT_EQ(ParseNumberWords("bay muoi chin.", &n), 79);
  EXPECT_EQ(n, 13u);
  EXPECT_EQ(ParseNumberWords("hai muoitam", &n), 2);  // "muoitam" is not "muoi"
  EXPECT_EQ(n, 3u);
  EXPECT_EQ(ParseNumberWords("ba muoi mot", &n), 31);
  EXPECT_EQ(ParseNumberWords("muoi", &n), 10);
  EXPECT_EQ(n, 4u);
  EXPECT_FALSE(ParseNumberWords("haiz", &n));
  EXPECT_FALSE(ParseNumberWords("b", &n));
  EXPECT_FALSE(ParseNumberWords("", &n));
}

TEST(FindNumbers, RangesPairsAndSkips) {
  auto r = FindNumbers("tu 47-49 trieu");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].form, NumberExpr::Form::kRange);
  EXPECT_EQ(r[0].value, 47);
  EXPECT_EQ(r[0].value_max, 49);

  r = FindNumbers("them 01 - 03 san pham");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].value, 1);
  EXPECT_EQ(r[0].value_max, 3);

  r = FindNumbers("tu 3 den 5 ha");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_TRUE(r[0].from_tu_den);
  EXPECT_EQ(r[0].value_max, 5);

  r = FindNumbers("dat 52,77/75%");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].form, NumberExpr::Form::kPair);
  EXPECT_DOUBLE_EQ(*r[0].first, 52.77);
  EXPECT_EQ(r[0].value, 75);

  r = FindNumbers("giam tu 1- 3% con");  // a space on one side of the hyphen
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].form, NumberExpr::Form::kRange);
  EXPECT_EQ(r[0].value, 1);
  EXPECT_EQ(r[0].value_max, 3);

  // Dates, month/year, citations and glued codes are not numbers to read.
  EXPECT_TRUE(FindNumbers("truoc ngay 30/6/2024").empty());
  EXPECT_TRUE(FindNumbers("thang 12/2023").empty());
  EXPECT_TRUE(FindNumbers("quyet dinh so 416/qd-ubnd").empty());
  EXPECT_TRUE(FindNumbers("ma b2 va qd15").empty());
}

class QuantityReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(reader_.Load(std::filesystem::path(NTMX_SOURCE_DIR) / "schemas").ok());
  }
  std::vector<Quantity> Find(std::string_view text) const { return reader_.Find(Fold(text)); }
  QuantityReader reader_;
};

TEST_F(QuantityReaderTest, Comparators) {
  struct Case {
    const char* text;
    const char* comparator;
    double value;
  };
  const Case cases[] = {
      {"bình quân ≥ 50 triệu đồng/người/năm", ">=", 50},
      {"tỷ lệ ≤ 10%", "<=", 10},
      {"phấn đấu đạt từ 85% trở lên", ">=", 85},
      {"tối thiểu 3 phòng", ">=", 3},
      {"ít nhất 2 hợp tác xã", ">=", 2},
      {"không thấp hơn 70%", ">=", 70},
      {"không dưới 60%", ">=", 60},
      {"trên 200 lao động", ">", 200},
      {"dưới 4%", "<", 4},
      {"không quá 5%", "<=", 5},
      {"tối đa 8 hộ", "<=", 8},
      {"khoảng 1.500 người", "~", 1500},
      {"giảm xuống còn 1%", "=", 1},
      {"đạt 95%", "=", 95},
      {"duy trì 100% số hộ", "=", 100},
      {"xây 12 nhà", "=", 12},
  };
  for (const Case& c : cases) {
    auto q = Find(c.text);
    ASSERT_EQ(q.size(), 1u) << c.text;
    EXPECT_EQ(q[0].comparator, c.comparator) << c.text;
    EXPECT_DOUBLE_EQ(q[0].value, c.value) << c.text;
  }
}

TEST_F(QuantityReaderTest, UnitsAreCanonical) {
  struct Case {
    const char* text;
    const char* unit;
  };
  const Case cases[] = {
      {"từ 50-52 trđ/người/năm", "triệu đồng/người/năm"},
      {"kinh phí 1.200 trđ", "triệu đồng"},
      {"bể 300 m³", "m3"},
      {"mật ong 2.000 lít mật/năm", "lít/năm"},
      {"thêm 2 sản phẩm OCOP", "sản phẩm"},
      {"trồng 40ha cây ăn quả", "ha"},
      {"10 HTX", "hợp tác xã"},
      {"8/8 thôn bản", "bản"},
      {"9 tỷ đồng", "tỷ đồng"},
      {"80 tấn/năm", "tấn/năm"},
  };
  for (const Case& c : cases) {
    auto q = Find(c.text);
    ASSERT_EQ(q.size(), 1u) << c.text;
    EXPECT_EQ(q[0].unit, c.unit) << c.text;
  }
}

TEST_F(QuantityReaderTest, PairsRangesAndWords) {
  auto q = Find("đạt 8/10 xã");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].value, 8);
  EXPECT_EQ(q[0].of, 10);
  EXPECT_FALSE(q[0].actual);

  q = Find("tỷ lệ 61,5/70%");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].value, 70);
  EXPECT_DOUBLE_EQ(*q[0].actual, 61.5);

  q = Find("từ 2 đến 4 công trình");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].comparator, "range");
  EXPECT_EQ(q[0].value_max, 4);

  q = Find("xây hai mươi nhà");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].value, 20);
  EXPECT_EQ(q[0].unit, "nhà");

  // No unit, or a criteria count: not a quantity.
  EXPECT_TRUE(Find("đạt 14/19 tiêu chí").empty());
  EXPECT_TRUE(Find("đạt 14 tiêu chí; còn 5 tiêu chí").empty());
  EXPECT_TRUE(Find("mục 2.3 và năm 2024").empty());
}

// What the targets extractor does with a unit is the role column of
// measure_units.tsv, not a name in C++.
TEST_F(QuantityReaderTest, RolesAreData) {
  EXPECT_EQ(reader_.RoleOf("xã"), MeasureRole::kCommune);
  EXPECT_EQ(reader_.RoleOf("bản"), MeasureRole::kVillage);
  EXPECT_EQ(reader_.RoleOf("lần"), MeasureRole::kMultiplier);
  EXPECT_EQ(reader_.RoleOf("ha"), MeasureRole::kNone);
  EXPECT_EQ(reader_.UnitWithRole(MeasureRole::kIncome), "triệu đồng/người/năm");
  EXPECT_EQ(reader_.UnitWithRole(MeasureRole::kPerCommune), "tiêu chí/xã");
  QuantityReader bare;
  bare.AddUnit("khu phố", "khu phố");
  EXPECT_EQ(bare.RoleOf("khu phố"), MeasureRole::kNone);
  EXPECT_TRUE(bare.SetRole("khu phố", "village").ok());
  EXPECT_EQ(bare.RoleOf("khu phố"), MeasureRole::kVillage);
  EXPECT_EQ(bare.UnitWithRole(MeasureRole::kIncome), "");
  const Status wrong = bare.SetRole("khu phố", "hamlet");
  EXPECT_FALSE(wrong.ok());
  EXPECT_NE(wrong.message().find("hamlet"), std::string::npos);
}

TEST_F(QuantityReaderTest, UnitWithWordsBetweenItsParts) {
  // "tiêu chí…/xã": a few words may stand between "tiêu chí" and "/xã".
  auto q = Find("bình quân đạt 17,5 tiêu chí xã kiểu mẫu/xã");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].unit, "tiêu chí/xã");
  EXPECT_DOUBLE_EQ(q[0].value, 17.5);
  q = Find("bình quân 15 tiêu chí/xã");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].unit, "tiêu chí/xã");
  // Not across a clause break or another figure.
  EXPECT_TRUE(Find("đạt 15 tiêu chí; 3/xã").empty());
}

TEST_F(QuantityReaderTest, FromUpToSomeWordsLater) {
  auto q = Find("thành lập từ 3 hợp tác xã trồng rau sạch trở lên");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].comparator, ">=");
  EXPECT_EQ(q[0].unit, "hợp tác xã");
  // "từ … xuống": no bound.
  q = Find("giảm từ 9% xuống còn 6%");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].comparator, "=");
}

}  // namespace
}  // namespace ntmx
