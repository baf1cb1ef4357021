// The app's WebGL 2 renderer for ImGui's draw data, in place of imgui_impl_opengl3. Each GL call
// of a WebGL page is a message to the GPU process; a glGet* is a message that waits for the
// answer, and on a machine without a GPU that answer waits for the previous frame's raster. The
// stock backend asks for about twenty pieces of state every frame to restore them afterwards;
// this page owns its context, so nothing is asked and nothing restored: the state a frame needs
// is simply set. One vertex and one index buffer are grown (never shrunk) and reused, filled
// with one upload each per frame. Textures follow ImGui 1.92's ImTextureData requests (create,
// update by region, destroy), so the font atlas grows and changes glyph by glyph.
//
// A frame that would paint exactly what the canvas already shows is not painted at all: the
// browser then keeps showing the last picture and its compositor has nothing to do. Without a
// GPU, every painted frame of the Selma board costs the software rasterizer (SwiftShader) about
// 60 ms of CPU at 1280x800 in the GPU process, against 1 to 2 ms for the app to make the frame;
// and most frames an input asks for (the two after it, while hover and layout settle) show the
// same picture as the first.
#include "render/renderer.hpp"

#include <cstdint>
#include <cstring>

#include <GLES3/gl3.h>

#include "imgui.h"

namespace ab::web::platform {
namespace {

const char* kVertexShader = R"(#version 300 es
uniform vec2 u_scale;
in vec2 a_pos;
in vec2 a_uv;
in vec4 a_col;
out vec2 v_uv;
out vec4 v_col;
void main() {
    v_uv = a_uv;
    v_col = a_col;
    gl_Position = vec4(a_pos * u_scale + vec2(-1.0, 1.0), 0.0, 1.0);
})";

// Glyphs are white with coverage in alpha (colour emoji keep their colours): the vertex colour
// tints them, as it does every other textured triangle.
const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D u_tex;
in vec2 v_uv;
in vec4 v_col;
out vec4 o_col;
void main() { o_col = v_col * texture(u_tex, v_uv); })";

enum Attrib : GLuint { kPos = 0, kUv = 1, kCol = 2 };

struct Gl {
    GLuint program = 0, vao = 0, vbo = 0, ibo = 0;
    GLint u_scale = -1, u_tex = -1;
    size_t vbo_bytes = 0, ibo_bytes = 0;
    ImVector<ImDrawVert> vertices;  // this frame's vertices of all lists, one upload
    ImVector<ImDrawIdx> indices;
};

// What a frame paints, compared with the picture on the canvas: the same vertices, indices and
// commands (each with its clip, texture and range), the same framebuffer and clear colour, and no
// texture changed since, paint the same pixels.
struct Cmd {
    ImVec4 clip;
    ImTextureID tex;
    size_t first_vtx, first_idx;
    unsigned count;
    bool operator==(const Cmd& o) const {
        return clip.x == o.clip.x && clip.y == o.clip.y && clip.z == o.clip.z && clip.w == o.clip.w &&
               tex == o.tex && first_vtx == o.first_vtx && first_idx == o.first_idx && count == o.count;
    }
};
struct Picture {
    bool valid = false;  // false: the canvas shows nothing known (start, resize, restored context)
    int fb_w = 0, fb_h = 0;
    float clear[3] = {0, 0, 0};
    ImVector<ImDrawVert> vertices;
    ImVector<ImDrawIdx> indices;
    ImVector<Cmd> cmds;
};
Picture& shown() {
    static Picture p;
    return p;
}
ImVector<Cmd>& frame_cmds() {
    static ImVector<Cmd> c;
    return c;
}

template <typename T>
bool same(const ImVector<T>& a, const ImVector<T>& b) {
    return a.Size == b.Size && (a.Size == 0 || std::memcmp(a.Data, b.Data, size_t(a.Size) * sizeof(T)) == 0);
}
bool same_cmds(const ImVector<Cmd>& a, const ImVector<Cmd>& b) {
    if (a.Size != b.Size) return false;
    for (int k = 0; k < a.Size; ++k) {
        if (!(a[k] == b[k])) return false;
    }
    return true;
}

Gl& gl() {
    static Gl g;
    return g;
}

GLuint compile(GLenum type, const char* source) {
    const GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    return shader;
}

// Points the attributes at vertex `first` of the bound buffer. WebGL 2 has no base-vertex draw, so
// each draw list (and each VtxOffset step of a large one) moves the pointers instead.
void point_attributes(size_t first) {
    const auto at = [first](size_t field) {
        return reinterpret_cast<const void*>(first * sizeof(ImDrawVert) + field);
    };
    glVertexAttribPointer(kPos, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(kUv, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(kCol, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, col)));
}

bool create_objects() {
    Gl& g = gl();
    const GLuint vs = compile(GL_VERTEX_SHADER, kVertexShader);
    const GLuint fs = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    g.program = glCreateProgram();
    glAttachShader(g.program, vs);
    glAttachShader(g.program, fs);
    glBindAttribLocation(g.program, kPos, "a_pos");
    glBindAttribLocation(g.program, kUv, "a_uv");
    glBindAttribLocation(g.program, kCol, "a_col");
    glLinkProgram(g.program);
    glDeleteShader(vs);
    glDeleteShader(fs);
    // Asked once at start (and after a restore), never per frame.
    GLint linked = 0;
    glGetProgramiv(g.program, GL_LINK_STATUS, &linked);
    if (!linked) return false;
    g.u_scale = glGetUniformLocation(g.program, "u_scale");
    g.u_tex = glGetUniformLocation(g.program, "u_tex");
    glUseProgram(g.program);
    glUniform1i(g.u_tex, 0);

    glGenVertexArrays(1, &g.vao);
    glGenBuffers(1, &g.vbo);
    glGenBuffers(1, &g.ibo);
    glBindVertexArray(g.vao);
    glBindBuffer(GL_ARRAY_BUFFER, g.vbo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g.ibo);  // kept by the vertex array
    glEnableVertexAttribArray(kPos);
    glEnableVertexAttribArray(kUv);
    glEnableVertexAttribArray(kCol);
    g.vbo_bytes = g.ibo_bytes = 0;

    // The only state ImGui's triangles need; nothing else in the page draws into this context.
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glActiveTexture(GL_TEXTURE0);
    return true;
}

GLuint texture_of(const ImTextureData* tex) { return GLuint(intptr_t(tex->TexID)); }

// The atlas is RGBA (fonts.cpp asks for it: colour emoji live in it beside white glyphs).
void update_texture(ImTextureData* tex) {
    if (tex->Status == ImTextureStatus_WantCreate) {
        GLuint id = 0;
        glGenTextures(1, &id);
        glBindTexture(GL_TEXTURE_2D, id);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, tex->Width, tex->Height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                     tex->GetPixels());
        tex->SetTexID(ImTextureID(intptr_t(id)));
        tex->SetStatus(ImTextureStatus_OK);
    } else if (tex->Status == ImTextureStatus_WantUpdates) {
        glBindTexture(GL_TEXTURE_2D, texture_of(tex));
        // Only the rectangles that changed (new glyphs), read in place from the atlas's pixels.
        glPixelStorei(GL_UNPACK_ROW_LENGTH, tex->Width);
        for (const ImTextureRect& r : tex->Updates)
            glTexSubImage2D(GL_TEXTURE_2D, 0, r.x, r.y, r.w, r.h, GL_RGBA, GL_UNSIGNED_BYTE,
                            tex->GetPixelsAt(r.x, r.y));
        glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
        tex->SetStatus(ImTextureStatus_OK);
    } else if (tex->Status == ImTextureStatus_WantDestroy && tex->UnusedFrames > 0) {
        const GLuint id = texture_of(tex);
        glDeleteTextures(1, &id);
        tex->SetTexID(ImTextureID_Invalid);
        tex->SetStatus(ImTextureStatus_Destroyed);
    }
}

// Grows a buffer to hold `bytes` (with room to spare, so a growing board does not reallocate
// every frame) and uploads `data` at its start.
void upload(GLenum target, size_t& capacity, const void* data, size_t bytes) {
    if (bytes > capacity) {
        capacity = bytes + bytes / 2;
        glBufferData(target, GLsizeiptr(capacity), nullptr, GL_DYNAMIC_DRAW);
    }
    glBufferSubData(target, 0, GLsizeiptr(bytes), data);
}

}  // namespace

bool renderer_init() {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "alignboard-webgl2";
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset | ImGuiBackendFlags_RendererHasTextures;
    GLint max_size = 0;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &max_size);
    ImGui::GetPlatformIO().Renderer_TextureMaxWidth = ImGui::GetPlatformIO().Renderer_TextureMaxHeight =
        max_size > 0 ? max_size : 2048;
    return create_objects();
}

bool renderer_draw(ImDrawData* data, int fb_w, int fb_h, const float clear[3]) {
    Gl& g = gl();
    Picture& last = shown();
    bool textures_changed = false;
    if (data->Textures)
        for (ImTextureData* tex : *data->Textures)
            if (tex->Status != ImTextureStatus_OK) {
                textures_changed = true;
                update_texture(tex);
            }
    if (fb_w <= 0 || fb_h <= 0) return false;

    // All lists into one vertex and one index array, uploaded once each; the commands beside
    // them, to tell whether this frame paints what the canvas shows.
    g.vertices.resize(data->TotalVtxCount);
    g.indices.resize(data->TotalIdxCount);
    ImVector<Cmd>& cmds = frame_cmds();
    cmds.resize(0);
    ImDrawVert* v = g.vertices.Data;
    ImDrawIdx* i = g.indices.Data;
    size_t list_vtx = 0, list_idx = 0;
    for (const ImDrawList* list : data->CmdLists) {
        memcpy(v, list->VtxBuffer.Data, size_t(list->VtxBuffer.Size) * sizeof(ImDrawVert));
        memcpy(i, list->IdxBuffer.Data, size_t(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
        v += list->VtxBuffer.Size;
        i += list->IdxBuffer.Size;
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                // A callback draws what the lists do not show: never skip such a frame.
                textures_changed = true;
                continue;
            }
            cmds.push_back(Cmd{cmd.ClipRect, cmd.GetTexID(), list_vtx + cmd.VtxOffset, list_idx + cmd.IdxOffset,
                               cmd.ElemCount});
        }
        list_vtx += size_t(list->VtxBuffer.Size);
        list_idx += size_t(list->IdxBuffer.Size);
    }
    if (last.valid && !textures_changed && last.fb_w == fb_w && last.fb_h == fb_h &&
        std::memcmp(last.clear, clear, sizeof last.clear) == 0 && same(last.vertices, g.vertices) &&
        same(last.indices, g.indices) && same_cmds(last.cmds, cmds))
        return false;
    last.valid = true;
    last.fb_w = fb_w;
    last.fb_h = fb_h;
    std::memcpy(last.clear, clear, sizeof last.clear);
    last.vertices = g.vertices;
    last.indices = g.indices;
    last.cmds = cmds;

    glViewport(0, 0, fb_w, fb_h);
    glClearColor(clear[0], clear[1], clear[2], 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (data->TotalVtxCount == 0) return true;
    glUseProgram(g.program);
    glBindVertexArray(g.vao);
    glBindBuffer(GL_ARRAY_BUFFER, g.vbo);
    upload(GL_ARRAY_BUFFER, g.vbo_bytes, g.vertices.Data, size_t(g.vertices.Size) * sizeof(ImDrawVert));
    upload(GL_ELEMENT_ARRAY_BUFFER, g.ibo_bytes, g.indices.Data, size_t(g.indices.Size) * sizeof(ImDrawIdx));
    // Display coordinates are device pixels from the top left (DisplayPos is 0, scale 1).
    glUniform2f(g.u_scale, 2.0f / data->DisplaySize.x, -2.0f / data->DisplaySize.y);
    glEnable(GL_SCISSOR_TEST);

    const ImVec2 origin = data->DisplayPos;
    list_vtx = list_idx = 0;
    GLuint bound_tex = 0;
    size_t pointed = SIZE_MAX;
    for (const ImDrawList* list : data->CmdLists) {
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
                continue;
            }
            const float x0 = cmd.ClipRect.x - origin.x, y0 = cmd.ClipRect.y - origin.y;
            const float x1 = cmd.ClipRect.z - origin.x, y1 = cmd.ClipRect.w - origin.y;
            if (x1 <= x0 || y1 <= y0) continue;
            glScissor(GLint(x0), GLint(float(fb_h) - y1), GLsizei(x1 - x0), GLsizei(y1 - y0));
            const GLuint tex = GLuint(intptr_t(cmd.GetTexID()));
            if (tex != bound_tex) {
                glBindTexture(GL_TEXTURE_2D, tex);
                bound_tex = tex;
            }
            const size_t first = list_vtx + cmd.VtxOffset;
            if (first != pointed) {
                point_attributes(first);
                pointed = first;
            }
            glDrawElements(GL_TRIANGLES, GLsizei(cmd.ElemCount),
                           sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<const void*>((list_idx + cmd.IdxOffset) * sizeof(ImDrawIdx)));
        }
        list_vtx += size_t(list->VtxBuffer.Size);
        list_idx += size_t(list->IdxBuffer.Size);
    }
    glDisable(GL_SCISSOR_TEST);
    return true;
}

void renderer_repaint() { shown().valid = false; }

void renderer_lost() {
    shown().valid = false;
    // The context took every GL object with it: forget their names, and hand each texture back
    // to ImGui as destroyed, which asks for it to be created again (with all its pixels) on the
    // next frame after the restore.
    gl() = Gl{};
    for (ImTextureData* tex : ImGui::GetPlatformIO().Textures) {
        if (tex->Status == ImTextureStatus_Destroyed) continue;
        tex->SetTexID(ImTextureID_Invalid);
        tex->SetStatus(ImTextureStatus_Destroyed);
    }
}

bool renderer_restored() { return create_objects(); }

}  // namespace ab::web::platform
