#include "YearFiguresPage.h"

#include "domain/Period.h"
#include "reporting/ReportSettings.h"
#include "session/Session.h"
#include "storage/ReferenceData.h"
#include "storage/ServiceFigures.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
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
    layout->addWidget(serviceFigures());

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

QGroupBox* YearFiguresPage::serviceFigures()
{
    auto* box = new QGroupBox(tr("Service areas"), this);
    auto* layout = new QVBoxLayout(box);
    auto* intro = new QLabel(tr("Each service area's open cases and contacts for the year give "
                                "its complaints per 1,000."),
                             box);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_serviceFigures = named(new QTableWidget(0, 3, box), QStringLiteral("serviceFigures"),
                             tr("Service areas' figures"));
    m_serviceFigures->setHorizontalHeaderLabels(
        {tr("Service area"), tr("Open cases"), tr("Contacts")});
    m_serviceFigures->verticalHeader()->hide();
    m_serviceFigures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto units = reference().orgUnits();
    if (units)
        for (const OrgUnit& unit : units.value()) {
            if (unit.level != u"service" || !unit.active)
                continue;
            const int row = m_serviceFigures->rowCount();
            m_serviceFigures->insertRow(row);
            auto* name = new QTableWidgetItem(unit.name);
            name->setFlags(Qt::ItemIsEnabled);
            name->setData(Qt::UserRole, unit.id);
            m_serviceFigures->setItem(row, 0, name);
            for (int column = 1; column <= 2; ++column) {
                auto* box = new QSpinBox(m_serviceFigures);
                box->setRange(notKnown, 99999999);
                box->setSpecialValueText(tr("Not known"));
                box->setGroupSeparatorShown(true);
                box->setAccessibleName(tr("%1, %2").arg(
                    unit.name, m_serviceFigures->horizontalHeaderItem(column)->text().toLower()));
                m_serviceFigures->setCellWidget(row, column, box);
            }
        }
    layout->addWidget(m_serviceFigures);
    return box;
}

void YearFiguresPage::loadServiceFigures(int financialYear)
{
    auto figures = ServiceFigures(session().database()).forYear(financialYear);
    if (!figures) {
        showError(figures.error());
        return;
    }
    for (int row = 0; row < m_serviceFigures->rowCount(); ++row) {
        const qint64 id = m_serviceFigures->item(row, 0)->data(Qt::UserRole).toLongLong();
        ServiceYearFigures entered;
        for (const ServiceYearFigures& entry : figures.value())
            if (entry.orgUnitId == id)
                entered = entry;
        static_cast<QSpinBox*>(m_serviceFigures->cellWidget(row, 1))
            ->setValue(entered.openCases.value_or(notKnown));
        static_cast<QSpinBox*>(m_serviceFigures->cellWidget(row, 2))
            ->setValue(entered.contacts.value_or(notKnown));
    }
}

Status YearFiguresPage::saveServiceFigures(int financialYear)
{
    QList<ServiceYearFigures> figures;
    for (int row = 0; row < m_serviceFigures->rowCount(); ++row)
        figures.append({m_serviceFigures->item(row, 0)->data(Qt::UserRole).toLongLong(),
                        figure(static_cast<QSpinBox*>(m_serviceFigures->cellWidget(row, 1))),
                        figure(static_cast<QSpinBox*>(m_serviceFigures->cellWidget(row, 2)))});
    ServiceFigures store(session().database(), session().actor());
    if (Status allowed = session().requireAdministrator(tr("the year's figures")); !allowed)
        store.refuseChanges(allowed.error());
    return store.save(financialYear, figures);
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

    m_staffThreshold = named(new QSpinBox(box), QStringLiteral("staffNamedThreshold"),
                             tr("Trigger point for staff named in complaints"));
    m_staffThreshold->setRange(1, 99);
    m_staffThreshold->setSuffix(tr(" complaints in 12 months"));
    m_staffThreshold->setToolTip(
        tr("Leads see a member of staff named in this many complaints in 12 months flagged in "
           "the queue and marked in the staff table of the reports."));
    auto* thresholdCaption = new QLabel(tr("&Trigger point for staff named:"), box);
    thresholdCaption->setBuddy(m_staffThreshold);
    auto* thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(m_staffThreshold);
    auto* saveThreshold =
        named(new QPushButton(tr("Sa&ve trigger point"), box),
              QStringLiteral("saveStaffNamedThreshold"), tr("Save trigger point"));
    thresholdRow->addWidget(saveThreshold);
    thresholdRow->addStretch();
    form->addRow(thresholdCaption, thresholdRow);
    connect(saveThreshold, &QPushButton::clicked, this, &YearFiguresPage::saveStaffThreshold);
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
    auto threshold = reference().staffNamedThreshold();
    if (!threshold) {
        showError(threshold.error());
        return;
    }
    m_staffThreshold->setValue(threshold.value());
}

void YearFiguresPage::saveStaffThreshold()
{
    if (!check(reference().saveStaffNamedThreshold(m_staffThreshold->value())))
        return;
    // the queue's flags follow the new trigger point
    session().notifyReferenceDataChanged();
    showDone(tr("Staff named in %n complaint(s) in 12 months now reach the trigger point.", nullptr,
                m_staffThreshold->value()));
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
    loadServiceFigures(m_year->currentData().toInt());
}

void YearFiguresPage::save()
{
    const YearContext context{m_year->currentData().toInt(), figure(m_childrenInArea),
                              figure(m_openCases), figure(m_childrenInCare)};
    if (!check(reference().saveYearContext(context)) ||
        !check(reference().saveOmbudsmanNationalUphold(context.financialYear,
                                                       permille(m_nationalUphold))) ||
        !check(saveServiceFigures(context.financialYear)))
        return;
    showDone(tr("Figures for %1 saved.").arg(financialYearLabel(context.financialYear)));
}

} // namespace redress
