// The cached ICU objects are safe to use from several threads at once.
#include "i18ntest.h"

#include "i18n/collation.h"
#include "i18n/dateformat.h"
#include "i18n/phrases.h"
#include "i18n/searchkey.h"
#include "i18n/wordcount.h"

#include <atomic>
#include <thread>
#include <vector>

using namespace trellis;
using namespace trellis::i18n;

TEST_CASE("Formatting, keys and counts agree across threads", "[i18n][threads]")
{
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&wrong] {
            for (int i = 0; i < 200; ++i) {
                if (searchKey(QStringLiteral("Сергей")) != QStringLiteral("sergei"))
                    ++wrong;
                auto date = formatDate(QDate(2026, 11, 26), QStringLiteral("fa-IR"));
                if (!date || *date != QStringLiteral("\u06F5 \u0622\u0630\u0631 \u06F1\u06F4\u06F0\u06F5"))
                    ++wrong;
                auto words = countWords(QStringLiteral("ภาษาไทยเป็นภาษาที่สวยงาม"), QStringLiteral("th"));
                if (!words || *words != 6)
                    ++wrong;
                auto phrase = formatCount(CountedThing::Entries, ExactAmount{3, 0}, QStringLiteral("en"));
                if (!phrase || *phrase != QStringLiteral("3 entries"))
                    ++wrong;
                if (!(sortKey(QStringLiteral("z"), QStringLiteral("sv")) < sortKey(QStringLiteral("\u00E4"), QStringLiteral("sv"))))
                    ++wrong;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    CHECK(wrong.load() == 0);
}
