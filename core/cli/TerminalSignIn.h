#pragma once

#include "session/ServerSignIn.h"

namespace redress::cli {

// Asks for a team server's login and password on the terminal redress-cli runs in, the
// password not shown as it is typed; three tries, then the command gives up. Null when
// standard input is not a terminal (a script, a scheduled job): nothing is asked, and a server
// that wants a password it is not given refuses with a message.
AskSignIn terminalSignIn();

} // namespace redress::cli
