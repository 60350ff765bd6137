#include "OrgUnitsPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace redress {

namespace {

constexpr int IdRole = Qt::UserRole;

QString levelLabel(const QString& level)
{
    if (level == u"portfolio")
        return OrgUnitsPage::tr("Portfolio");
    if (level == u"service")
        return OrgUnitsPage::tr("Service");
    return OrgUnitsPage::tr("Team");
}

QString childLevel(const QString& level)
{
    return level == u"portfolio" ? QStringLiteral("service") : QStringLiteral("team");
}

} // namespace

OrgUnitsPage::OrgUnitsPage(Session& session, QWidget* parent)
    : AdminPage(session, QStringLiteral("unitsPage"), parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Portfolios hold services and services hold teams. A unit that "
                                "is no longer used is deactivated, not deleted, so the cases "
                                "that name it keep their history."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Status")});
    m_tree = named(new QTreeView(this), QStringLiteral("unitTree"), tr("Service areas and teams"));
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);

    auto* form = new QFormLayout;
    m_name = named(new QLineEdit(this), QStringLiteral("unitName"),
                   tr("Name of the new unit, or the new name of the selected one"));
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    auto button = [&](const QString& text, const QString& name) {
        auto* created = named(new QPushButton(text, this), name, text);
        buttons->addWidget(created);
        return created;
    };
    QPushButton* addPortfolio = button(tr("Add &portfolio"), QStringLiteral("addPortfolio"));
    m_addBelow = button(tr("&Add below selected"), QStringLiteral("addUnitBelow"));
    m_rename = button(tr("&Rename selected"), QStringLiteral("renameUnit"));
    m_toggle = button(tr("&Deactivate selected"), QStringLiteral("toggleUnitActive"));
    buttons->addStretch();
    layout->addLayout(buttons);
    auto* moving = new QHBoxLayout;
    m_portfolio = named(new QComboBox(this), QStringLiteral("moveToPortfolio"),
                        tr("Portfolio to move the selected service area to"));
    m_move = named(new QPushButton(tr("M&ove service area to"), this), QStringLiteral("moveUnit"),
                   tr("Move service area to"));
    moving->addWidget(m_move);
    moving->addWidget(m_portfolio);
    moving->addStretch();
    layout->addLayout(moving);
    layout->addWidget(messageLine());

    connect(addPortfolio, &QPushButton::clicked, this, &OrgUnitsPage::addPortfolio);
    connect(m_addBelow, &QPushButton::clicked, this, &OrgUnitsPage::addBelowSelected);
    connect(m_rename, &QPushButton::clicked, this, &OrgUnitsPage::renameSelected);
    connect(m_toggle, &QPushButton::clicked, this, &OrgUnitsPage::toggleSelected);
    connect(m_move, &QPushButton::clicked, this, &OrgUnitsPage::moveSelected);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OrgUnitsPage::updateButtons);
    reload();
}

void OrgUnitsPage::reload(qint64 selectId)
{
    auto units = reference().orgUnits();
    if (!units) {
        showError(units.error());
        return;
    }
    m_units = units.value();
    m_portfolio->clear();
    for (const OrgUnit& unit : std::as_const(m_units))
        if (unit.level == u"portfolio" && unit.active)
            m_portfolio->addItem(unit.name, unit.id);
    m_model->removeRows(0, m_model->rowCount());
    QHash<qint64, QStandardItem*> items;
    QModelIndex selected;
    // Parents come first: portfolios, then services, then teams.
    for (const QString& level :
         {QStringLiteral("portfolio"), QStringLiteral("service"), QStringLiteral("team")}) {
        for (const OrgUnit& unit : std::as_const(m_units)) {
            if (unit.level != level)
                continue;
            auto* name = new QStandardItem(unit.name);
            name->setData(unit.id, IdRole);
            QList<QStandardItem*> row{
                name, new QStandardItem(levelLabel(unit.level)),
                new QStandardItem(unit.active ? tr("Active") : tr("Inactive"))};
            if (!unit.active) {
                for (QStandardItem* item : row)
                    item->setForeground(QBrush(Qt::gray));
            }
            QStandardItem* parent = items.value(unit.parentId, nullptr);
            if (parent)
                parent->appendRow(row);
            else
                m_model->appendRow(row);
            items.insert(unit.id, name);
        }
    }
    m_tree->expandAll();
    if (QStandardItem* item = items.value(selectId, nullptr))
        m_tree->setCurrentIndex(item->index());
    updateButtons();
}

std::optional<OrgUnit> OrgUnitsPage::selectedUnit() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const qint64 id = current.siblingAtColumn(0).data(IdRole).toLongLong();
    for (const OrgUnit& unit : m_units) {
        if (unit.id == id)
            return unit;
    }
    return std::nullopt;
}

void OrgUnitsPage::updateButtons()
{
    const auto unit = selectedUnit();
    m_addBelow->setEnabled(unit && unit->level != u"team");
    m_rename->setEnabled(unit.has_value());
    m_toggle->setEnabled(unit.has_value());
    m_toggle->setText(unit && !unit->active ? tr("Reac&tivate selected")
                                            : tr("&Deactivate selected"));
    m_toggle->setAccessibleName(m_toggle->text().remove(u'&'));
    m_move->setEnabled(unit && unit->level == u"service");
    m_portfolio->setEnabled(m_move->isEnabled());
    if (unit)
        m_addBelow->setToolTip(
            tr("Adds a %1 to %2").arg(levelLabel(childLevel(unit->level)).toLower(), unit->name));
}

void OrgUnitsPage::addPortfolio()
{
    OrgUnit unit;
    unit.level = QStringLiteral("portfolio");
    unit.name = m_name->text();
    save(unit, tr("Portfolio \"%1\" added.").arg(unit.name.trimmed()));
}

void OrgUnitsPage::addBelowSelected()
{
    const auto parent = selectedUnit();
    if (!parent) {
        showError(tr("Select the portfolio or service to add to."));
        return;
    }
    OrgUnit unit;
    unit.level = childLevel(parent->level);
    unit.parentId = parent->id;
    unit.name = m_name->text();
    save(unit, tr("%1 \"%2\" added to %3.")
                   .arg(levelLabel(unit.level), unit.name.trimmed(), parent->name));
}

void OrgUnitsPage::renameSelected()
{
    auto unit = selectedUnit();
    if (!unit) {
        showError(tr("Select the unit to rename."));
        return;
    }
    const QString oldName = unit->name;
    unit->name = m_name->text();
    save(*unit, tr("\"%1\" renamed to \"%2\".").arg(oldName, unit->name.trimmed()));
}

void OrgUnitsPage::toggleSelected()
{
    auto unit = selectedUnit();
    if (!unit) {
        showError(tr("Select the unit to deactivate."));
        return;
    }
    unit->active = !unit->active;
    save(*unit, unit->active
                    ? tr("\"%1\" is active again.").arg(unit->name)
                    : tr("\"%1\" deactivated; the cases that name it keep it.").arg(unit->name));
}

void OrgUnitsPage::moveSelected()
{
    auto unit = selectedUnit();
    if (!unit || unit->level != u"service") {
        showError(tr("Select the service area to move."));
        return;
    }
    const qint64 portfolioId = m_portfolio->currentData().toLongLong();
    if (portfolioId == unit->parentId) {
        showError(tr("%1 is already in %2.").arg(unit->name, m_portfolio->currentText()));
        return;
    }
    unit->parentId = portfolioId;
    save(*unit, tr("%1 moved to %2.").arg(unit->name, m_portfolio->currentText()));
}

void OrgUnitsPage::save(const OrgUnit& unit, const QString& done)
{
    auto saved = reference().saveOrgUnit(unit);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_name->clear();
    reload(saved.value());
    showDone(done);
}

} // namespace redress
