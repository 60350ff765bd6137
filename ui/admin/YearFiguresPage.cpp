#include "YearFiguresPage.h"

#include "domain/Period.h"
#include "reporting/ReportSettings.h"
#include "session/Session.h"
#include "storage/ReferenceData.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace redress {

namespace {

constexpr int notKnown = -1;

std::optional<int> figure(const QSpinBox* box)
{
    return box->value() == notKnown ? std::nullopt : std::optional<int>(box->value());
}

// A rate in per cent to one decimal place, held in tenths of a per cent.
std::optional<int> permille(const QDoubleSpinBox* box)
{
    return box->value() < 0 ? std::nullopt : std::optional<int>(qRound(box->value() * 10));
}

} // namespace

YearFiguresPage::YearFiguresPage(Session& session, QWidget* parent)
    : AdminPage(session, QStringLiteral("yearFiguresPage"), parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The annual report gives complaints per 1,000 with these "
                                "figures. Leave a figure as \"Not known\" until it is published."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, QWidget* field) {
        auto* caption = new QLabel(label, this);
        caption->setBuddy(field);
        form->addRow(caption, field);
    };
    m_year = named(new QComboBox(this), QStringLiteral("figuresYear"), tr("Financial year"));
    const int thisYear = financialYearOf(Clock::today());
    for (int year = thisYear + 1; year >= 2010; --year)
        m_year->addItem(financialYearLabel(year), year);
    m_year->setCurrentIndex(m_year->findData(thisYear));
    auto spin = [&](const QString& name, const QString& description) {
        auto* box = named(new QSpinBox(this), name, description);
        box->setRange(notKnown, 99999999);
        box->setSpecialValueText(tr("Not known"));
        box->setGroupSeparatorShown(true);
        return box;
    };
    m_childrenInArea = spin(QStringLiteral("childrenInArea"), tr("Children in the area"));
    m_openCases = spin(QStringLiteral("openCases"), tr("Open cases"));
    m_childrenInCare = spin(QStringLiteral("childrenInCare"), tr("Children in care"));
    m_nationalUphold = named(new QDoubleSpinBox(this), QStringLiteral("ombudsmanNationalUphold"),
                             tr("Ombudsman investigations upheld nationally, per cent"));
    m_nationalUphold->setRange(-0.1, 100.0);
    m_nationalUphold->setDecimals(1);
    m_nationalUphold->setSingleStep(0.1);
    m_nationalUphold->setSuffix(QStringLiteral("%"));
    m_nationalUphold->setSpecialValueText(tr("Not known"));
    m_nationalUphold->setToolTip(tr("The share of its detailed investigations the Ombudsman "
                                    "upheld nationally in the year, from its annual review"));
    addRow(tr("Financial &year:"), m_year);
    addRow(tr("Children in the &area:"), m_childrenInArea);
    addRow(tr("&Open cases:"), m_openCases);
    addRow(tr("Children in &care:"), m_childrenInCare);
    addRow(tr("Ombudsman &upheld nationally:"), m_nationalUphold);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    auto* save = named(new QPushButton(tr("&Save figures"), this),
                       QStringLiteral("saveYearFigures"), tr("Save figures"));
    buttons->addWidget(save);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(reportDefaults());
    layout->addWidget(messageLine());
    layout->addStretch();

    connect(m_year, &QComboBox::currentIndexChanged, this, &YearFiguresPage::load);
    connect(save, &QPushButton::clicked, this, &YearFiguresPage::save);
    load();
    loadReportDefaults();
}

QGroupBox* YearFiguresPage::reportDefaults()
{
    auto* box = new QGroupBox(tr("Reports"), this);
    auto* form = new QFormLayout(box);
    m_categoryBasis = named(new QComboBox(box), QStringLiteral("defaultCategoryBasis"),
                            tr("Categories the reports count by default"));
    for (const CategoryBasisChoice& choice : categoryBasisChoices())
        m_categoryBasis->addItem(choice.label, basisCode(choice.basis));
    m_categoryBasis->setToolTip(
        tr("Some councils publish the categories of the complaints received in the year, "
           "others the nature of those responded to. A report can still choose the other."));
    auto* caption = new QLabel(tr("Cate&gories counted:"), box);
    caption->setBuddy(m_categoryBasis);
    auto* row = new QHBoxLayout;
    row->addWidget(m_categoryBasis);
    auto* save = named(new QPushButton(tr("Save &report default"), box),
                       QStringLiteral("saveReportDefaults"), tr("Save report default"));
    row->addWidget(save);
    row->addStretch();
    form->addRow(caption, row);
    connect(save, &QPushButton::clicked, this, &YearFiguresPage::saveReportDefaults);
    return box;
}

void YearFiguresPage::loadReportDefaults()
{
    auto basis = councilCategoryBasis(reference());
    if (!basis) {
        showError(basis.error());
        return;
    }
    m_categoryBasis->setCurrentIndex(m_categoryBasis->findData(basisCode(*basis)));
}

void YearFiguresPage::saveReportDefaults()
{
    const std::optional<Basis> basis = basisFromCode(m_categoryBasis->currentData().toString());
    if (!basis || !check(setCouncilCategoryBasis(reference(), *basis)))
        return;
    // an open Reports tab starts its picker on the new default
    session().notifyReferenceDataChanged();
    showDone(tr("Reports now count categories %1 by default.")
                 .arg(m_categoryBasis->currentText().toLower()));
}

void YearFiguresPage::load()
{
    auto context = reference().yearContext(m_year->currentData().toInt());
    if (!context) {
        showError(context.error());
        return;
    }
    const YearContext figures = context->value_or(YearContext{});
    m_childrenInArea->setValue(figures.childrenInArea.value_or(notKnown));
    m_openCases->setValue(figures.openCases.value_or(notKnown));
    m_childrenInCare->setValue(figures.childrenInCare.value_or(notKnown));
    auto national = reference().ombudsmanNationalUphold(m_year->currentData().toInt());
    if (!national) {
        showError(national.error());
        return;
    }
    m_nationalUphold->setValue(national.value() ? *national.value() / 10.0
                                                : m_nationalUphold->minimum());
}

void YearFiguresPage::save()
{
    const YearContext context{m_year->currentData().toInt(), figure(m_childrenInArea),
                              figure(m_openCases), figure(m_childrenInCare)};
    if (!check(reference().saveYearContext(context)) ||
        !check(reference().saveOmbudsmanNationalUphold(context.financialYear,
                                                       permille(m_nationalUphold))))
        return;
    showDone(tr("Figures for %1 saved.").arg(financialYearLabel(context.financialYear)));
}

} // namespace redress
