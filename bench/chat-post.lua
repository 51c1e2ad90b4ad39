-- wrk script for bench/chat.sh: posts chat messages to the WhatsApp simulator as many visitors.
--
-- wrk -s bench/chat-post.lua URL -- VISITORS_FILE MENU THREADS RESTART_EVERY
--   VISITORS_FILE  one visitor a line: "<learner cookie> <csrf cookie>" (made by chat.sh with curl)
--   MENU           the menu id, e.g. madatte
--   THREADS        wrk's -t, so each thread takes its own share of the visitors
--   RESTART_EVERY  after this many messages a visitor's next request is "Mulai ulang" (POST .../ulang),
--                  which clears the chat: the simulator refuses messages once a chat holds 500
--
-- Every visitor's first request is a restart too, since the chat keeps what an earlier run (the
-- warm-up) left in it. Each thread sends its requests to its visitors in turn, so with at least as many visitors as
-- connections two requests in flight rarely share one chat. A visitor's messages cycle through
-- "Menu", "1", "0", "2", "0", "3", "0": the top menu, each answer, and back.

local next_thread = 0

function setup(thread)
    thread:set("thread_id", next_thread)
    next_thread = next_thread + 1
end

local texts = { "Menu", "1", "0", "2", "0", "3", "0" }
local visitors = {}
local cursor = 0
local menu, restart_every

function init(args)
    local file, threads = args[1], tonumber(args[3])
    menu = args[2]
    restart_every = tonumber(args[4])
    if not file or not menu or not threads or not restart_every then
        error("usage: wrk -s chat-post.lua URL -- VISITORS_FILE MENU THREADS RESTART_EVERY")
    end
    local i = 0
    for line in io.lines(file) do
        local learner, csrf = line:match("^(%S+)%s+(%S+)$")
        if learner and i % threads == thread_id then
            visitors[#visitors + 1] = {
                headers = {
                    ["Content-Type"] = "application/x-www-form-urlencoded",
                    ["Cookie"] = "serambi_pelajar=" .. learner .. "; serambi_csrf=" .. csrf,
                },
                csrf = csrf,
                -- a chat may hold messages from an earlier wrk run: start each visitor with a restart
                sent = restart_every,
            }
        end
        if learner then i = i + 1 end
    end
    if #visitors == 0 then
        error("thread " .. thread_id .. " got no visitors from " .. file)
    end
end

function request()
    cursor = cursor % #visitors + 1
    local v = visitors[cursor]
    if v.sent >= restart_every then
        v.sent = 0
        return wrk.format("POST", "/simulator/" .. menu .. "/ulang", v.headers, "_csrf=" .. v.csrf)
    end
    v.sent = v.sent + 1
    local text = texts[(v.sent - 1) % #texts + 1]
    return wrk.format("POST", "/simulator/" .. menu .. "/kirim", v.headers, "_csrf=" .. v.csrf .. "&text=" .. text)
end
