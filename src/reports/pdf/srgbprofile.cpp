#include "reports/pdf/srgbprofile.h"


#include <array>
#include <cmath>

namespace trellis::reports {
namespace {

/// Big-endian writing into a growing profile, with ICC's fixed-point numbers.
class IccBytes {
public:
    void u8(quint8 v) { m_bytes.append(char(v)); }
    void u16(quint16 v)
    {
        u8(quint8(v >> 8));
        u8(quint8(v));
    }
    void u32(quint32 v)
    {
        u16(quint16(v >> 16));
        u16(quint16(v));
    }
    void signature(const char (&four)[5]) { m_bytes.append(four, 4); }
    void s15Fixed16(double v) { u32(quint32(qint32(std::lround(v * 65536.0)))); }
    void zeros(int count) { m_bytes.append(count, '\0'); }
    void alignTo4()
    {
        while (m_bytes.size() % 4)
            u8(0);
    }
    qsizetype size() const { return m_bytes.size(); }
    QByteArray &bytes() { return m_bytes; }

private:
    QByteArray m_bytes;
};

struct Xyz {
    double x, y, z;
};

// D50, the profile connection space's white, and sRGB's primaries adapted to it (Bradford).
constexpr Xyz kD50{0.9642, 1.0, 0.8249};
constexpr Xyz kRed{0.4360747, 0.2225045, 0.0139322};
constexpr Xyz kGreen{0.3850649, 0.7168786, 0.0971045};
constexpr Xyz kBlue{0.1430804, 0.0606169, 0.7141733};

constexpr int kCurvePoints = 1024;

void xyzType(IccBytes &out, const Xyz &xyz)
{
    out.signature("XYZ ");
    out.zeros(4);
    out.s15Fixed16(xyz.x);
    out.s15Fixed16(xyz.y);
    out.s15Fixed16(xyz.z);
}

void textDescription(IccBytes &out, const char *text)
{
    const quint32 length = quint32(qstrlen(text)) + 1;
    out.signature("desc");
    out.zeros(4);
    out.u32(length);
    out.bytes().append(text, length); // with its NUL
    out.u32(0);                       // no Unicode description
    out.u32(0);
    out.u16(0); // no ScriptCode description
    out.u8(0);
    out.zeros(67);
}

void text(IccBytes &out, const char *value)
{
    out.signature("text");
    out.zeros(4);
    out.bytes().append(value, qstrlen(value) + 1);
}

/// sRGB's decoding curve: linear near black, then a 2.4 power.
void transferCurve(IccBytes &out)
{
    out.signature("curv");
    out.zeros(4);
    out.u32(kCurvePoints);
    for (int i = 0; i < kCurvePoints; ++i) {
        const double encoded = double(i) / (kCurvePoints - 1);
        const double linear = encoded <= 0.04045 ? encoded / 12.92 : std::pow((encoded + 0.055) / 1.055, 2.4);
        out.u16(quint16(std::lround(linear * 65535.0)));
    }
}

} // namespace

QByteArray srgbIccProfile()
{
    struct Tag {
        char signature[5];
        void (*write)(IccBytes &);
    };
    const std::array<Tag, 7> tags{{
        {"desc", [](IccBytes &o) { textDescription(o, "sRGB IEC61966-2.1"); }},
        {"cprt", [](IccBytes &o) { text(o, "No copyright, use freely"); }},
        {"wtpt", [](IccBytes &o) { xyzType(o, kD50); }},
        {"rXYZ", [](IccBytes &o) { xyzType(o, kRed); }},
        {"gXYZ", [](IccBytes &o) { xyzType(o, kGreen); }},
        {"bXYZ", [](IccBytes &o) { xyzType(o, kBlue); }},
        {"rTRC", transferCurve},
    }};
    // The green and blue curves share the red one's data, as the format allows.
    const char *const sharedCurves[] = {"gTRC", "bTRC"};
    const quint32 tagCount = quint32(tags.size() + std::size(sharedCurves));

    IccBytes data;
    struct Placed {
        quint32 offset, size;
    };
    std::array<Placed, 7> placed{};
    const quint32 dataStart = 128 + 4 + 12 * tagCount;
    for (size_t i = 0; i < tags.size(); ++i) {
        data.alignTo4();
        const qsizetype begin = data.size();
        tags[i].write(data);
        placed[i] = {dataStart + quint32(begin), quint32(data.size() - begin)};
    }
    data.alignTo4();

    IccBytes out;
    out.u32(dataStart + quint32(data.size())); // the profile's size
    out.u32(0);                                 // no preferred colour management module
    out.u32(0x02100000);                        // version 2.1
    out.signature("mntr");
    out.signature("RGB ");
    out.signature("XYZ ");
    for (const int part : {2026, 1, 1, 0, 0, 0}) // a fixed date: the same bytes every time
        out.u16(quint16(part));
    out.signature("acsp");
    out.zeros(4 + 4 + 4 + 4 + 8); // platform, flags, manufacturer, model, attributes
    out.u32(0);                   // perceptual intent
    out.s15Fixed16(kD50.x);
    out.s15Fixed16(kD50.y);
    out.s15Fixed16(kD50.z);
    out.zeros(4 + 16 + 28); // creator, profile ID, reserved
    out.u32(tagCount);
    for (size_t i = 0; i < tags.size(); ++i) {
        out.bytes().append(tags[i].signature, 4);
        out.u32(placed[i].offset);
        out.u32(placed[i].size);
    }
    for (const char *shared : sharedCurves) {
        out.bytes().append(shared, 4);
        out.u32(placed.back().offset);
        out.u32(placed.back().size);
    }
    QByteArray profile = out.bytes();
    profile.append(data.bytes());
    return profile;
}

} // namespace trellis::reports
