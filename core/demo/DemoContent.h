#pragma once

#include "domain/Case.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace redress::demo {

// The demo generator's only source of chance. QRandomGenerator with a seed is a Mersenne
// twister, so the same seed gives the same cases on every platform; std distributions are
// not specified exactly and would not.
class Random
{
public:
    explicit Random(quint32 seed) : m_generator(seed) {}

    // A whole number from low to high, both included.
    int between(int low, int high);
    bool chance(double probability);
    // An index into `weights`, chosen in proportion to them.
    int weighted(const QList<int>& weights);
    template <typename T> const T& pick(const QList<T>& items)
    {
        return items.at(between(0, int(items.size()) - 1));
    }

private:
    QRandomGenerator m_generator;
};

// Invented names and texts. Combinations of common first names and surnames: no real person
// or case is described.
QString firstName(Random& random);
QString surname(Random& random);
QString fullName(Random& random); // first name, then surname
QString postcode(Random& random);
QString ward(Random& random);
// Equality data is optional; most complainants give none.
void fillEqualityData(Person& person, Random& random);

// What a complaint point is about, per category code of the default taxonomy.
QString pointDescription(const QString& categoryCode, Random& random);
struct DemoCompliment
{
    QString text;
    QString themeCode; // taxonomy "compliment_theme"
};
DemoCompliment compliment(Random& random);
QString commentText(Random& random);
QString enquiryText(CaseKind kind, Random& random);
QString learningText(const QString& themeCode, Random& random);
QString remedyText(const QString& typeCode);
QString extensionReason(Random& random);
QString suspensionReason(Random& random, bool longRunning);
QString withdrawalReason(Random& random);
QString reopeningReason(Random& random);
QString notImplementedReason(Random& random);
QString staffJobTitle(Random& random);

// The child's status as the team that works with them would record it.
QString childStatusForTeam(const QString& teamCode, Random& random);

} // namespace redress::demo
