#pragma once

#include <QString>
#include <optional>

class QMessageBox;
class QSettings;
class QWidget;

namespace redress {

// How Redress starts on a desktop that has no database yet: with a demo database to try it
// out, with an empty one, or on the team's PostgreSQL server. Asked once; IT can answer it in
// advance for every user through the settings (docs/user-guide.md, "Installing for a team"):
//   firstRun/choice   demo | empty | server
//   database/url      postgresql://host:5432/redress  (used on every start when set; each
//                     person then signs in as their own login: ServerSignIn)
//   database/login    the login the sign-in offers (remembered after each sign-in)
enum class StartChoice
{
    Demo,
    Empty,
    Server
};

// The settings' answer, if IT gave one; nullopt when the value is missing or unknown.
std::optional<StartChoice> presetStartChoice(const QSettings& settings);

// The question, not yet shown; its buttons are named firstRunDemo, firstRunEmpty and
// firstRunServer. choiceOf() reads the button that was clicked.
QMessageBox* makeStartQuestion(QWidget* parent);
std::optional<StartChoice> choiceOf(const QMessageBox& question);

// Asks for the team server's address until it is one Redress can use, or the user gives up.
std::optional<QString> askServerUrl(QWidget* parent);

} // namespace redress
