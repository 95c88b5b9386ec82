package io.postings.beam;

import io.postings.engine.aggregate.InputStats;
import io.postings.engine.aggregate.RoleAggregate;
import io.postings.engine.aggregate.Wire;
import io.postings.engine.pass.NormalizeEvents;
import io.postings.normalize.Posting;
import io.postings.normalize.SalaryStatus;
import io.postings.normalize.Seniority;
import io.postings.normalize.WorkMode;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * The binary forms of what crosses a shuffle. A posting travels as the fields the aggregates
 * read (role, company, country, modes, salary, skills), not as the row it came from.
 */
final class Codecs {
    private Codecs() {
    }

    /** Reads and writes one kind of value over a data stream. */
    private interface Form<T> extends java.io.Serializable {
        void write(T value, DataOutput out) throws IOException;

        T read(DataInput in) throws IOException;
    }

    /** A Beam coder over a {@link Form}: no framing of its own, so it nests in KV and iterable coders. */
    private static final class FormCoder<T> extends CustomCoder<T> {
        private final Form<T> form;

        FormCoder(Form<T> form) {
            this.form = form;
        }

        @Override
        public void encode(T value, OutputStream out) throws IOException {
            DataOutputStream data = new DataOutputStream(out);
            form.write(value, data);
            data.flush();
        }

        @Override
        public T decode(InputStream in) throws IOException {
            return form.read(new DataInputStream(in));
        }

        /** What tells two coders apart: the form's class, or for an aggregate's own form the aggregate's. */
        private Object kind() {
            return form instanceof OwnForm<?> own ? own.type() : form.getClass();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FormCoder<?> c && c.kind().equals(kind());
        }

        @Override
        public int hashCode() {
            return kind().hashCode();
        }
    }

    static final CustomCoder<RoleAggregate> ROLE = new FormCoder<>(new OwnForm<>(RoleAggregate.class));
    static final CustomCoder<InputStats> STATS = new FormCoder<>(new OwnForm<>(InputStats.class));
    static final CustomCoder<Posting> POSTING = new FormCoder<>(new PostingForm());
    static final CustomCoder<Candidate> CANDIDATE = new FormCoder<>(new CandidateForm());
    static final CustomCoder<Survivor> SURVIVOR = new FormCoder<>(new SurvivorForm());
    static final CustomCoder<Map<String, Survivor>> SHARD = new FormCoder<>(new ShardForm());

    private static final class ShardForm implements Form<Map<String, Survivor>> {
        private static final SurvivorForm SURVIVOR_FORM = new SurvivorForm();

        @Override
        public void write(Map<String, Survivor> shard, DataOutput out) throws IOException {
            out.writeInt(shard.size());
            // The keys travel too: a shard is keyed by id, or by content key in the content stage.
            for (Map.Entry<String, Survivor> e : shard.entrySet()) {
                Wire.writeString(out, e.getKey());
                SURVIVOR_FORM.write(e.getValue(), out);
            }
        }

        @Override
        public Map<String, Survivor> read(DataInput in) throws IOException {
            int n = in.readInt();
            Map<String, Survivor> shard = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
            for (int i = 0; i < n; i++) {
                String key = Wire.readString(in);
                shard.put(key, SURVIVOR_FORM.read(in));
            }
            return shard;
        }
    }

    /** The engine's aggregates, which write their own wire form. */
    private record OwnForm<T>(Class<T> type) implements Form<T> {
        @Override
        public void write(T value, DataOutput out) throws IOException {
            if (value instanceof RoleAggregate role) {
                role.writeTo(out);
            } else {
                ((InputStats) value).writeTo(out);
            }
        }

        @Override
        public T read(DataInput in) throws IOException {
            return type.cast(type == RoleAggregate.class ? RoleAggregate.readFrom(in) : InputStats.readFrom(in));
        }
    }

    private static final class PostingForm implements Form<Posting> {
        @Override
        public void write(Posting p, DataOutput out) throws IOException {
            Wire.writeString(out, p.role());
            Wire.writeString(out, p.company());
            Wire.writeString(out, p.country());
            out.writeByte(p.workMode() == null ? -1 : p.workMode().ordinal());
            out.writeByte(p.seniority() == null ? -1 : p.seniority().ordinal());
            out.writeByte(p.salaryStatus().ordinal());
            out.writeDouble(p.salary());
            out.writeInt(p.skills().size());
            for (String skill : p.skills()) {
                Wire.writeString(out, skill);
            }
            Wire.writeString(out, p.postedAt());
            Wire.writeString(out, p.localCurrency());
            out.writeDouble(p.localSalary());
        }

        @Override
        public Posting read(DataInput in) throws IOException {
            String role = Wire.readString(in);
            String company = Wire.readString(in);
            String country = Wire.readString(in);
            int workMode = in.readByte();
            int seniority = in.readByte();
            SalaryStatus status = SalaryStatus.values()[in.readByte()];
            double salary = in.readDouble();
            int n = in.readInt();
            String[] skills = new String[n];
            for (int i = 0; i < n; i++) {
                skills[i] = Wire.readString(in);
            }
            String postedAt = Wire.readString(in);
            String localCurrency = Wire.readString(in);
            double localSalary = in.readDouble();
            return new Posting(null, null, role, company, country,
                    workMode < 0 ? null : WorkMode.values()[workMode],
                    seniority < 0 ? null : Seniority.values()[seniority], status, salary, Set.of(skills), null,
                    postedAt, null, localCurrency, localSalary);
        }
    }

    private static final class CandidateForm implements Form<Candidate> {
        private static final PostingForm POSTING_FORM = new PostingForm();

        @Override
        public void write(Candidate c, DataOutput out) throws IOException {
            out.writeLong(c.position());
            Wire.writeString(out, c.source());
            out.writeLong(c.line());
            Wire.writeString(out, c.id());
            POSTING_FORM.write(c.posting(), out);
            c.log().write(out);
            out.writeLong(c.content());
        }

        @Override
        public Candidate read(DataInput in) throws IOException {
            long position = in.readLong();
            String source = Wire.readString(in);
            long line = in.readLong();
            String id = Wire.readString(in);
            Posting posting = POSTING_FORM.read(in);
            NormalizeEvents log = NormalizeEvents.read(in);
            return new Candidate(position, source, line, id, posting, log, in.readLong());
        }
    }

    private static final class SurvivorForm implements Form<Survivor> {
        private static final CandidateForm CANDIDATE_FORM = new CandidateForm();

        @Override
        public void write(Survivor s, DataOutput out) throws IOException {
            out.writeBoolean(s.first != null);
            if (s.first != null) {
                CANDIDATE_FORM.write(s.first, out);
            }
            out.writeLong(s.duplicates);
            out.writeInt(s.shown.size());
            for (Survivor.Later later : s.shown) {
                out.writeLong(later.position());
                Wire.writeString(out, later.where());
                Wire.writeString(out, later.id());
            }
        }

        @Override
        public Survivor read(DataInput in) throws IOException {
            Survivor s = new Survivor();
            if (in.readBoolean()) {
                s.first = CANDIDATE_FORM.read(in);
            }
            s.duplicates = in.readLong();
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                s.shown.add(new Survivor.Later(in.readLong(), Wire.readString(in), Wire.readString(in)));
            }
            return s;
        }
    }

}
