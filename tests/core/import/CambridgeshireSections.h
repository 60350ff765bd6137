#pragma once

// What Cambridgeshire's log holds in each year its 2020/21 annual report gives (the figures
// in brackets are 2019/20's): each section built to the report's figures, with what the
// report does not say filled in plainly (see "pad"). TestCambridgeshireLog checks the figures.

#include "CambridgeshireLog.h"

namespace redress::test::cambridgeshire {

namespace place {
inline const QString cin = QStringLiteral("Children in Need");
inline const QString cp = QStringLiteral("Child Protection Service");
inline const QString cic = QStringLiteral("Children in Care and Care Leavers");
inline const QString fa = QStringLiteral("Fostering and Adoption");
inline const QString send = QStringLiteral("SEND Services");
inline const QString other = QStringLiteral("Other Services");
inline const QString south = QStringLiteral("South Cambridge Children's Team");
inline const QString north = QStringLiteral("North Cambridge Children's Team");
inline const QString cpTeam = QStringLiteral("Child Protection Team");
inline const QString cicSouth = QStringLiteral("Children in Care and Care Leaver (South) Team");
inline const QString cicNorth = QStringLiteral("Children in Care and Care Leaver (North) Team");
inline const QString fostering = QStringLiteral("Fostering Team");
inline const QString adoption = QStringLiteral("Adoption Team");
inline const QString permanency = QStringLiteral("Permanency Team");
inline const QString sat = QStringLiteral("Statutory Assessment Team");
inline const QString sendCasework = QStringLiteral("SEND Casework Team");
inline const QString business = QStringLiteral("Business Support");

inline QString at(const QString& service, const QString& team)
{
    return service + u'|' + team;
}
} // namespace place

// The service areas and their teams, as the council keeps them: the South Cambridge team
// serves Child Protection too, which a case records in its own service area column.
inline const QList<std::pair<QString, QStringList>> structure{
    {place::cin, {place::south, place::north}},
    {place::cp, {place::cpTeam}},
    {place::cic, {place::cicSouth, place::cicNorth}},
    {place::fa, {place::fostering, place::adoption, place::permanency}},
    {place::send, {place::sat, place::sendCasework}},
    {place::other, {place::business}}};

namespace words {
inline const QString parent = QStringLiteral("Parent");
inline const QString young = QStringLiteral("Young person");
inline const QString family = QStringLiteral("Other family member");
inline const QString nonFamily = QStringLiteral("Non-family member");
inline const QString upheld = QStringLiteral("Upheld");
inline const QString partly = QStringLiteral("Partially upheld");
inline const QString notUpheld = QStringLiteral("Not upheld");
inline const QString notDetermined = QStringLiteral("Not determined");
inline const QString withdrawn = QStringLiteral("Withdrawn");
inline const QString advice = QStringLiteral("Did not qualify - advice sought");
inline const QString remit = QStringLiteral("Did not qualify - outside remit");
inline const QString silent = QStringLiteral("Did not qualify - non-responsive");
inline const QString outsideRemit = QStringLiteral("Outside remit");
inline const QString inCare = QStringLiteral("Child in care");
inline const QString careLeaver = QStringLiteral("Care leaver");
inline const QString inNeed = QStringLiteral("Child in need");
inline const QString protection = QStringLiteral("Child protection");
} // namespace words

inline Section complaints(const char* procedure, int stage)
{
    Section s;
    s.type = QStringLiteral("Complaint");
    s.procedure = QString::fromLatin1(procedure);
    s.stage = stage;
    s.padService = place::at(place::cin, place::south);
    return s;
}

inline Section feedback(const char* type, int received, int carried = 0, int ongoing = 0)
{
    Section s;
    s.type = QString::fromLatin1(type);
    s.received = received;
    s.carried = carried;
    s.ongoing = ongoing;
    return s;
}

// April 2020 to March 2021.
inline QList<Section> sections2020()
{
    using namespace place;
    using namespace words;
    Section stat1 = complaints("Statutory", 1);
    stat1.carried = 15;
    stat1.received = 188;
    stat1.ongoing = 5;
    stat1.outcomes = {{upheld, 10},    {partly, 82}, {notUpheld, 37}, {notDetermined, 4},
                      {withdrawn, 13}, {advice, 11}, {remit, 41}};
    stat1.extended = 38;
    stat1.outside = 35;
    stat1.roles = {{parent, 146}, {young, 21}, {family, 16}, {nonFamily, 5}};
    stat1.services = {{at(cic, cicSouth), 27}, {at(cic, cicNorth), 35}, {at(cin, south), 34},
                      {at(cin, north), 23},    {at(cp, south), 20},     {at(cp, cpTeam), 20},
                      {at(fa, fostering), 29}};
    stat1.advocates = {
        {inCare + u"|NYAS", 10}, {careLeaver + u"|NYAS", 3}, {careLeaver + u"|Coram Voice", 1}};
    stat1.reopened = 35;
    stat1.reopenedAgain = 3;
    stat1.previous = 109;

    Section corp1 = complaints("Corporate", 1);
    corp1.carried = 8;
    corp1.received = 179;
    corp1.ongoing = 14;
    corp1.suspended = 2;
    corp1.outcomes = {{upheld, 29},    {partly, 54}, {notUpheld, 50}, {notDetermined, 1},
                      {withdrawn, 12}, {advice, 6},  {remit, 21}};
    corp1.extended = 32;
    corp1.outside = 31;
    corp1.roles = {{parent, 120}, {young, 6}, {family, 27}, {nonFamily, 26}};
    corp1.services = {{at(send, sat), 38},     {at(cic, cicSouth), 15},  {at(cic, cicNorth), 18},
                      {at(cin, south), 25},    {at(cin, north), 15},     {at(cp, cpTeam), 30},
                      {at(fa, fostering), 20}, {at(other, business), 18}};
    corp1.reopened = 62;
    corp1.previous = 82;

    Section stat2 = complaints("Statutory", 2);
    stat2.received = 8;
    stat2.ongoing = 4;
    stat2.suspended = 2;
    stat2.outcomes = {{partly, 1}, {notUpheld, 1}, {remit, 1}, {silent, 1}};
    stat2.extended = 2;
    stat2.roles = {{parent, 6}, {young, 1}, {family, 1}};
    // the four answered first: the stage 3 follows one of them
    stat2.statuses = {{inNeed, 4}, {careLeaver, 1}, {inCare, 2}, {protection, 1}};

    Section stat3 = complaints("Statutory", 3);
    stat3.received = 1;
    stat3.ongoing = 1;
    stat3.roles = {{parent, 1}};
    stat3.statuses = {{inNeed, 1}};

    Section corp2 = complaints("Corporate", 2);
    corp2.carried = 1;
    corp2.received = 15;
    corp2.ongoing = 3;
    corp2.outcomes = {{upheld, 1},    {partly, 5}, {notUpheld, 3},
                      {withdrawn, 2}, {remit, 1},  {silent, 1}};
    corp2.extended = 6;
    corp2.outside = 5;
    // the first answered is the one a stage 3 of another relative's follows
    corp2.roles = {{family, 1}, {nonFamily, 1}, {parent, 13}};
    corp2.services = {{at(other, business), 1}, {at(send, sat), 5},          {at(cp, cpTeam), 4},
                      {at(cic, cicSouth), 2},   {at(send, sendCasework), 1}, {at(fa, adoption), 1},
                      {at(cin, north), 1}};

    Section corp3 = complaints("Corporate", 3);
    corp3.received = 5;
    corp3.outcomes = {{upheld, 1}, {partly, 3}, {notUpheld, 1}};
    corp3.extended = 3;
    corp3.outside = 4;
    corp3.roles = {{parent, 4}, {family, 1}};
    corp3.services = {{at(send, sat), 3}, {at(cp, cpTeam), 1}, {at(other, business), 1}};

    Section lgo = feedback("LGO", 12, 4, 5);
    lgo.outcomes = {{partly, 3}, {notUpheld, 2}, {outsideRemit, 6}};
    lgo.roles = {{parent, 9}, {family, 3}};
    lgo.services = {{at(cin, north), 2},     {at(cp, cpTeam), 1}, {at(cic, cicSouth), 3},
                    {at(fa, permanency), 3}, {at(send, sat), 2},  {at(other, business), 1}};

    return {stat1,
            corp1,
            stat2,
            stat3,
            corp2,
            corp3,
            lgo,
            feedback("Enquiry", 52),
            feedback("Councillor Enquiry", 8),
            feedback("MP Enquiry", 37, 4),
            feedback("Compliment", 242),
            feedback("Comment", 2),
            feedback("Correspondence", 17),
            feedback("Representation", 8),
            feedback("Resolving Professional Differences", 2),
            feedback("Social Work England Enquiry", 1)};
}

// April 2019 to March 2020. The report gives the year's figures in brackets only; what it
// leaves out (two stage 2 outcomes, an Ombudsman decision, a stage 3's details) is padded.
inline QList<Section> sections2019()
{
    using namespace place;
    using namespace words;
    Section stat1 = complaints("Statutory", 1);
    stat1.carried = 19;
    stat1.received = 274;
    stat1.ongoing = 14;
    stat1.outcomes = {{upheld, 26},   {partly, 139}, {notUpheld, 50}, {notDetermined, 4},
                      {withdrawn, 6}, {advice, 4},   {remit, 50}};
    stat1.extended = 55;
    stat1.outside = 139;
    stat1.roles = {{parent, 172}, {young, 41}, {family, 37}, {nonFamily, 24}};
    stat1.services = {{at(cic, cicSouth), 25}, {at(cic, cicNorth), 87}, {at(cin, south), 25},
                      {at(cin, north), 15},    {at(cp, cpTeam), 60},    {at(fa, fostering), 62}};
    stat1.advocates = {{inCare + u"|NYAS", 16},
                       {inCare + u"|Coram Voice", 2},
                       {careLeaver + u"|NYAS", 4},
                       {inNeed + u"|NYAS", 3},
                       {inNeed + u"|Coram Voice", 2}};
    stat1.reopened = 54;
    stat1.reopenedAgain = 8;
    stat1.previous = 97;

    Section corp1 = complaints("Corporate", 1);
    corp1.carried = 7;
    corp1.received = 127;
    corp1.ongoing = 8;
    corp1.outcomes = {{upheld, 24},   {partly, 52}, {notUpheld, 27}, {notDetermined, 3},
                      {withdrawn, 4}, {advice, 3},  {remit, 13}};
    corp1.extended = 23;
    corp1.outside = 52;
    corp1.roles = {{parent, 71}, {young, 4}, {family, 21}, {nonFamily, 31}};
    corp1.services = {{at(send, sat), 31},  {at(cic, cicSouth), 24}, {at(cin, south), 30},
                      {at(cp, cpTeam), 20}, {at(fa, fostering), 12}, {at(other, business), 10}};
    corp1.reopened = 16;
    corp1.previous = 39;

    Section stat2 = complaints("Statutory", 2);
    stat2.carried = 5;
    stat2.received = 3;
    stat2.outcomes = {{partly, 6}};
    stat2.padOutcome = withdrawn;
    stat2.extended = 7;
    stat2.roles = {{parent, 2}, {family, 1}};
    stat2.statuses = {{inCare, 1}, {protection, 1}};

    Section stat3 = complaints("Statutory", 3);
    stat3.received = 4;
    stat3.padOutcome = notUpheld;
    stat3.padService.clear(); // as the stage 2s carried in, which they follow

    Section corp2 = complaints("Corporate", 2);
    corp2.carried = 2;
    corp2.received = 6;
    corp2.ongoing = 1;
    corp2.outcomes = {{upheld, 4}, {partly, 2}, {notUpheld, 1}};
    corp2.extended = 4;
    corp2.outside = 1;
    corp2.roles = {{parent, 5}};
    corp2.services = {{at(send, sat), 4}, {at(cp, cpTeam), 1}};
    corp2.padService = at(fa, fostering); // a service the report gives none of in the year

    Section corp3 = complaints("Corporate", 3);
    corp3.received = 3;
    corp3.ongoing = 1;
    corp3.outcomes = {{partly, 1}, {notUpheld, 1}};
    corp3.extended = 2;
    corp3.outside = 1;
    corp3.roles = {{parent, 3}};
    corp3.services = {{at(send, sat), 3}};

    Section lgo = feedback("LGO", 16, 2, 4);
    lgo.outcomes = {{partly, 3}, {outsideRemit, 10}};
    lgo.padOutcome = QStringLiteral("Premature");
    lgo.roles = {{parent, 11}, {family, 5}};
    lgo.services = {{at(cin, north), 1},     {at(cp, cpTeam), 5}, {at(cic, cicSouth), 5},
                    {at(fa, permanency), 1}, {at(send, sat), 3},  {at(other, business), 1}};

    return {stat1,
            corp1,
            stat2,
            stat3,
            corp2,
            corp3,
            lgo,
            feedback("Enquiry", 42),
            feedback("Councillor Enquiry", 20),
            feedback("MP Enquiry", 62, 2, 4),
            feedback("Compliment", 255)};
}

} // namespace redress::test::cambridgeshire
