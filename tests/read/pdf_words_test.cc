// PdfWords on real files: the words of a corpus PDF with their boxes, font sizes and
// spaces; a file that is not a PDF and an encrypted one are told apart; two documents
// read on two threads at once give the words they give one after the other.
#include "read/pdf_words.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "test_files.h"

namespace ntmx {
namespace {

const char kSeed000[] = "corpus/pdf/000_c96f4298ede59e80.pdf";
const char kSeed001[] = "corpus/pdf/001_69c2c6e4fde7b3b3.pdf";

// Every word of every page, one "text@left,top" per word, to compare two readings.
std::vector<std::string> AllWords(const std::string& bytes) {
  std::vector<std::string> out;
  const PdfWords words(bytes);
  if (words.state() != PdfWords::State::kOpen) return out;
  for (int i = 0; i < words.page_count(); ++i) {
    PdfPage page;
    if (!words.ReadPage(i, &page)) continue;
    for (const PdfBox& b : page.boxes) {
      out.push_back(b.text + "@" + std::to_string(b.left) + "," + std::to_string(b.top));
    }
  }
  return out;
}

TEST(PdfWords, GivesTheWordsOfAPageWithBoxesFontSizesAndSpaces) {
  const std::string bytes = testing::ReadSourceFile(kSeed001);
  const PdfWords words(bytes);
  ASSERT_EQ(words.state(), PdfWords::State::kOpen);
  ASSERT_GE(words.page_count(), 2);
  PdfPage page;
  ASSERT_TRUE(words.ReadPage(0, &page));
  EXPECT_NEAR(page.width, 595, 1);  // A4
  EXPECT_NEAR(page.height, 842, 1);
  ASSERT_GE(page.boxes.size(), 4u);
  // Poppler's reading order: the running header first ("Kế hoạch xây dựng …").
  EXPECT_EQ(page.boxes[0].text, "Kế");
  EXPECT_EQ(page.boxes[1].text, "hoạch");
  EXPECT_TRUE(page.boxes[0].space_after);
  bool some_word_ends_a_line = false;
  for (const PdfBox& b : page.boxes) {
    EXPECT_FALSE(b.text.empty());
    EXPECT_LT(b.left, b.right) << b.text;
    EXPECT_LT(b.top, b.bottom) << b.text;
    EXPECT_GT(b.font_size, 5) << b.text;
    some_word_ends_a_line |= !b.space_after;
  }
  EXPECT_TRUE(some_word_ends_a_line);
}

TEST(PdfWords, RefusesWhatIsNotAPdf) {
  EXPECT_EQ(PdfWords("%%EOF").state(), PdfWords::State::kCorrupt);  // under 10 bytes
  EXPECT_EQ(PdfWords("Kế hoạch xây dựng nông thôn mới\n%%EOF\n").state(),
            PdfWords::State::kCorrupt);
}

TEST(PdfWords, TellsAnEncryptedFile) {
  const std::string bytes = testing::ReadSourceFile("tests/data/pdf/encrypted.pdf");
  ASSERT_FALSE(bytes.empty());
  EXPECT_EQ(PdfWords(bytes).state(), PdfWords::State::kEncrypted);
}

TEST(PdfWords, TwoDocumentsOnTwoThreadsGiveTheirOwnWords) {
  const std::string a = testing::ReadSourceFile(kSeed000), b = testing::ReadSourceFile(kSeed001);
  const std::vector<std::string> alone_a = AllWords(a), alone_b = AllWords(b);
  ASSERT_FALSE(alone_a.empty());
  ASSERT_NE(alone_a, alone_b);
  for (int round = 0; round < 3; ++round) {
    std::vector<std::string> together_a, together_b;
    std::thread first([&] { together_a = AllWords(a); });
    std::thread second([&] { together_b = AllWords(b); });
    first.join();
    second.join();
    EXPECT_EQ(together_a, alone_a);
    EXPECT_EQ(together_b, alone_b);
  }
}

}  // namespace
}  // namespace ntmx
